package org.socialvaluehub.spend;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;

/**
 * Rebuilds a buyer's pre-aggregated spend, which the dashboards read instead of the lines: the influenceable-spend
 * rules are tried once per supplier spelling and expense type, the buyer's lines are read once more into a
 * month-level aggregate carrying that flag, and the three summaries are built from the aggregate without joins.
 */
@Repository
class SummaryRepository {

    private static final String FLAGS = """
        create temp table spend_pair_flag on commit drop as
        select p.supplier_key, p.supplier_name, p.expense_type, not exists (
                select 1 from spend_rule r where r.enabled and (
                    (r.kind = 'EXPENSE_TYPE' and lower(p.expense_type) = lower(r.value))
                    or (r.kind = 'SUPPLIER' and p.supplier_key = r.value)
                    or (r.kind = 'PATTERN' and (p.supplier_name || ' | ' || p.expense_type) ~* r.value))) as influenceable
        from (select distinct supplier_key, supplier_name, expense_type from spend_line where buyer_id = :buyer) p""";
    private static final String AGGREGATE = """
        create temp table spend_month_aggregate on commit drop as
        select date_trunc('month', l.payment_date)::date as month, case when l.redacted then '' else l.supplier_key end
               as supplier_key, l.service_area, l.expense_type, l.redacted, f.influenceable,
               sum(l.amount_pence) as pence, count(*) as lines
        from spend_line l join spend_pair_flag f on f.supplier_key = l.supplier_key
            and f.supplier_name = l.supplier_name and f.expense_type = l.expense_type
        where l.buyer_id = :buyer group by 1, 2, 3, 4, 5, 6""";

    private final JdbcClient jdbc;

    SummaryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void refresh(long buyerId) {
        for (String table : List.of("spend_month_supplier", "spend_month_category", "spend_year_supplier_category")) {
            buyer("delete from " + table + " where buyer_id = :buyer", buyerId).update();
        }
        jdbc.sql("drop table if exists spend_month_aggregate, spend_pair_flag").update();
        jdbc.sql("set local work_mem = '64MB'").update();
        buyer(FLAGS, buyerId).update();
        jdbc.sql("analyze spend_pair_flag").update();
        buyer(AGGREGATE, buyerId).update();
        buyer("""
                insert into spend_month_supplier select :buyer, month, supplier_key, influenceable, redacted, sum(pence),
                    sum(lines) from spend_month_aggregate group by 2, 3, 4, 5""", buyerId).update();
        buyer("""
                insert into spend_month_category select :buyer, month, service_area, expense_type, influenceable,
                    sum(pence), sum(lines) from spend_month_aggregate group by 2, 3, 4, 5""", buyerId).update();
        buyer("""
                insert into spend_year_supplier_category
                select :buyer, extract(year from month - interval '3 months')::int, supplier_key, expense_type, sum(pence)
                from spend_month_aggregate where influenceable and not redacted group by 2, 3, 4""", buyerId).update();
        buyer("""
                insert into spend_summary_state (buyer_id, version) values (:buyer, 1)
                on conflict (buyer_id) do update set version = spend_summary_state.version + 1, refreshed_at = now()""",
            buyerId).update();
    }

    /** Every buyer with spend, for a refresh after the rules change. */
    List<Long> buyersWithSpend() {
        return jdbc.sql("select distinct buyer_id from spend_month_supplier").query(Long.class).list();
    }

    private StatementSpec buyer(String sql, long buyerId) {
        return jdbc.sql(sql).param("buyer", buyerId);
    }
}
