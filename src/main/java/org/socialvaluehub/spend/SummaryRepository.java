package org.socialvaluehub.spend;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rebuilds a buyer's pre-aggregated spend, which the dashboards read instead of the lines. */
@Repository
class SummaryRepository {

    // Rules are tried once per distinct supplier and expense type, not once per line.
    private static final String EXCLUDED = """
        with pairs as (select distinct supplier_key, supplier_name, expense_type from spend_line where buyer_id = :buyer),
        excluded as (
            select p.supplier_key, p.supplier_name, p.expense_type from pairs p where exists (
                select 1 from spend_rule r where r.enabled and (
                    (r.kind = 'EXPENSE_TYPE' and lower(p.expense_type) = lower(r.value))
                    or (r.kind = 'SUPPLIER' and p.supplier_key = r.value)
                    or (r.kind = 'PATTERN' and (p.supplier_name || ' | ' || p.expense_type) ~* r.value))))
        """;
    private static final String INFLUENCEABLE = """
        not exists (select 1 from excluded x where x.supplier_key = l.supplier_key
            and x.supplier_name = l.supplier_name and x.expense_type = l.expense_type)""";

    private final JdbcClient jdbc;

    SummaryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void refresh(long buyerId) {
        jdbc.sql("delete from spend_month_supplier where buyer_id = :buyer").param("buyer", buyerId).update();
        jdbc.sql("delete from spend_month_category where buyer_id = :buyer").param("buyer", buyerId).update();
        jdbc.sql("delete from spend_year_supplier_category where buyer_id = :buyer").param("buyer", buyerId).update();
        jdbc.sql("create temp table if not exists spend_flagged (id bigint, influenceable boolean) on commit drop").update();
        jdbc.sql("truncate spend_flagged").update();
        jdbc.sql(EXCLUDED + "insert into spend_flagged select l.id, " + INFLUENCEABLE
                + " from spend_line l where l.buyer_id = :buyer").param("buyer", buyerId).update();
        jdbc.sql("""
                insert into spend_month_supplier
                select l.buyer_id, date_trunc('month', l.payment_date)::date,
                       case when l.redacted then '' else l.supplier_key end, f.influenceable, l.redacted,
                       sum(l.amount_pence), count(*)
                from spend_line l join spend_flagged f on f.id = l.id where l.buyer_id = :buyer
                group by 1, 2, 3, 4, 5""").param("buyer", buyerId).update();
        jdbc.sql("""
                insert into spend_month_category
                select l.buyer_id, date_trunc('month', l.payment_date)::date, l.service_area, l.expense_type,
                       f.influenceable, sum(l.amount_pence), count(*)
                from spend_line l join spend_flagged f on f.id = l.id where l.buyer_id = :buyer
                group by 1, 2, 3, 4, 5""").param("buyer", buyerId).update();
        jdbc.sql("""
                insert into spend_year_supplier_category
                select l.buyer_id, extract(year from l.payment_date - interval '3 months')::int, l.supplier_key,
                       l.expense_type, sum(l.amount_pence)
                from spend_line l join spend_flagged f on f.id = l.id
                where l.buyer_id = :buyer and f.influenceable and not l.redacted
                group by 1, 2, 3, 4""").param("buyer", buyerId).update();
    }

    /** Every buyer with spend, for a refresh after the rules change. */
    java.util.List<Long> buyersWithSpend() {
        return jdbc.sql("select distinct buyer_id from spend_month_supplier").query(Long.class).list();
    }
}
