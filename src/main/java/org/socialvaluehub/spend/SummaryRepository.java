package org.socialvaluehub.spend;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;

/**
 * Rebuilds a buyer's pre-aggregated spend, which the dashboards read instead of the lines: the buyer's lines are read
 * once into a month-level aggregate, the influenceable-spend rules are tried once per supplier and expense type,
 * and the three summaries are built from that aggregate.
 */
@Repository
class SummaryRepository {

    private static final String AGGREGATE = """
        create temp table spend_month_aggregate on commit drop as
        select date_trunc('month', payment_date)::date as month, supplier_key, supplier_name, service_area, expense_type,
               redacted, sum(amount_pence) as pence, count(*) as lines
        from spend_line where buyer_id = :buyer group by 1, 2, 3, 4, 5, 6""";
    private static final String FLAGS = """
        create temp table spend_pair_flag on commit drop as
        select p.supplier_key, p.supplier_name, p.expense_type, not exists (
                select 1 from spend_rule r where r.enabled and (
                    (r.kind = 'EXPENSE_TYPE' and lower(p.expense_type) = lower(r.value))
                    or (r.kind = 'SUPPLIER' and p.supplier_key = r.value)
                    or (r.kind = 'PATTERN' and (p.supplier_name || ' | ' || p.expense_type) ~* r.value))) as influenceable
        from (select distinct supplier_key, supplier_name, expense_type from spend_month_aggregate) p""";
    private static final String FLAGGED = """
        from spend_month_aggregate a join spend_pair_flag f on f.supplier_key = a.supplier_key
            and f.supplier_name = a.supplier_name and f.expense_type = a.expense_type""";

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
        buyer(AGGREGATE, buyerId).update();
        jdbc.sql(FLAGS).update();
        jdbc.sql("analyze spend_month_aggregate, spend_pair_flag").update();
        buyer("""
                insert into spend_month_supplier
                select :buyer, a.month, case when a.redacted then '' else a.supplier_key end, f.influenceable, a.redacted,
                       sum(a.pence), sum(a.lines)
                """ + FLAGGED + " group by 2, 3, 4, 5", buyerId).update();
        buyer("""
                insert into spend_month_category
                select :buyer, a.month, a.service_area, a.expense_type, f.influenceable, sum(a.pence), sum(a.lines)
                """ + FLAGGED + " group by 2, 3, 4, 5", buyerId).update();
        buyer("""
                insert into spend_year_supplier_category
                select :buyer, extract(year from a.month - interval '3 months')::int, a.supplier_key, a.expense_type,
                       sum(a.pence)
                """ + FLAGGED + " where f.influenceable and not a.redacted group by 2, 3, 4", buyerId).update();
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
