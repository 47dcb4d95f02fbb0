package org.socialvaluehub.spend.imports;

import java.util.List;
import org.socialvaluehub.spend.core.LineSums;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;

/**
 * Keeps a buyer's pre-aggregated spend, which the dashboards read instead of the lines: an import adds the sums it kept
 * while reading its new lines (or, when they were too varied to keep, sums them from the database); a change of rules
 * rebuilds the summaries from all the buyer's lines. Either way the influenceable-spend rules are tried once per
 * supplier spelling and expense type, in PostgreSQL ({@link #INFLUENCEABLE}), and lines summed in the database are
 * read once for all three summaries (grouping sets), so the cost follows the lines summed, not the buyer's history.
 */
@Repository
public class SummaryRepository {

    /**
     * Whether the spend of a pair {@code p} (supplier key and name, expense type) is influenceable: no rule sets it
     * aside.
     */
    static final String INFLUENCEABLE = """
        not exists (select 1 from spend_rule r where r.enabled and (
            (r.kind = 'EXPENSE_TYPE' and lower(p.expense_type) = lower(r.value))
            or (r.kind = 'SUPPLIER' and p.supplier_key = r.value)
            or (r.kind = 'PATTERN' and (p.supplier_name || ' | ' || p.expense_type) ~* r.value)))""";

    static final String FLAGS = "create temp table spend_pair_flag on commit drop as"
            + " select p.supplier_key, p.supplier_name, p.expense_type, " + INFLUENCEABLE + " as influenceable"
            + " from (select distinct supplier_key, supplier_name, expense_type from spend_line l where %s) p";
    /** grouping(financial_year, service_area): 3 = by month and supplier, 2 = by month and category, 1 = by year. */
    static final String SUMS = """
        create temp table spend_line_sums on commit drop as
        select grouping(financial_year, service_area) as summary, month, supplier_key, service_area, expense_type,
               financial_year, influenceable, redacted, sum(amount_pence) as pence, count(*) as lines
        from (select date_trunc('month', l.payment_date)::date as month,
                     extract(year from date_trunc('month', l.payment_date) - interval '3 months')
                     ::int as financial_year,
                     case when l.redacted then '' else l.supplier_key end as supplier_key,
                     l.service_area, l.expense_type, l.redacted, f.influenceable, l.amount_pence
              from spend_line l join spend_pair_flag f on f.supplier_key = l.supplier_key
                  and f.supplier_name = l.supplier_name and f.expense_type = l.expense_type
              where %s) l
        group by grouping sets ((month, supplier_key, influenceable, redacted),
                                (month, service_area, expense_type, influenceable),
                                (financial_year, supplier_key, expense_type, influenceable, redacted))""";

    private static final String BY_SUPPLIER = """
        insert into spend_month_supplier (buyer_id, month, supplier_key, influenceable, redacted, amount_pence, lines)
        select :buyer, month, supplier_key, influenceable, redacted, pence, lines from spend_line_sums where summary = 3
        on conflict (buyer_id, month, supplier_key, influenceable, redacted) do update
        set amount_pence = spend_month_supplier.amount_pence + excluded.amount_pence,
            lines = spend_month_supplier.lines + excluded.lines""";
    private static final String BY_CATEGORY = """
        insert into spend_month_category (buyer_id, month, service_area, expense_type, influenceable,
        amount_pence, lines)
        select :buyer, month, service_area, expense_type, influenceable, pence, lines from spend_line_sums
        where summary = 2
        on conflict (buyer_id, month, service_area, expense_type, influenceable) do update
        set amount_pence = spend_month_category.amount_pence + excluded.amount_pence,
            lines = spend_month_category.lines + excluded.lines""";
    private static final String BY_YEAR = """
        insert into spend_year_supplier_category (buyer_id, financial_year, supplier_key, expense_type, amount_pence)
        select :buyer, financial_year, supplier_key, expense_type, pence from spend_line_sums
        where summary = 1 and influenceable and not redacted
        on conflict (buyer_id, financial_year, supplier_key, expense_type) do update
        set amount_pence = spend_year_supplier_category.amount_pence + excluded.amount_pence""";

    private final JdbcClient jdbc;
    private final SummaryStaging staging;

    SummaryRepository(JdbcClient jdbc, SummaryStaging staging) {
        this.jdbc = jdbc;
        this.staging = staging;
    }

    /**
     * Adds the sums an import kept while it read its new lines to the buyer's summaries, the rules flagging each pair.
     */
    public void add(long buyerId, LineSums sums) {
        staging.sums(sums.summaries(staging.flags(sums.pairs())));
        addStaged(buyerId);
    }

    /**
     * Adds one import's lines (those it added; lines it skipped belong to earlier imports) to the buyer's summaries.
     */
    public void add(long buyerId, long importId) {
        sum("l.buyer_id = :buyer and l.import_id = :import", buyerId, importId);
    }

    /** Rebuilds the buyer's summaries from all their lines, after the rules changed. */
    public void refresh(long buyerId) {
        SpendLineRepository.lockBuyer(jdbc, buyerId);
        for (String table : List.of("spend_month_supplier", "spend_month_category", "spend_year_supplier_category")) {
            buyer("delete from " + table + " where buyer_id = :buyer", buyerId).update();
        }
        sum("l.buyer_id = :buyer", buyerId, 0);
    }

    /** Every buyer with spend, for a refresh after the rules change. */
    public List<Long> buyersWithSpend() {
        return jdbc.sql("select distinct buyer_id from spend_month_supplier")
                .query(Long.class)
                .list();
    }

    private void sum(String lines, long buyerId, long importId) {
        jdbc.sql("drop table if exists spend_line_sums, spend_pair_flag").update();
        jdbc.sql("set local work_mem = '64MB'").update();
        for (String statement : List.of(FLAGS.formatted(lines), "analyze spend_pair_flag", SUMS.formatted(lines))) {
            StatementSpec spec = buyer(statement, buyerId);
            if (statement.contains(":import")) {
                spec = spec.param("import", importId);
            }
            spec.update();
        }
        addStaged(buyerId);
    }

    /** Adds the sums in {@code spend_line_sums} to the buyer's summaries and counts a new version of them. */
    private void addStaged(long buyerId) {
        for (String statement : List.of(BY_SUPPLIER, BY_CATEGORY, BY_YEAR)) {
            buyer(statement, buyerId).update();
        }
        buyer("""
                insert into spend_summary_state (buyer_id, version) values (:buyer, 1)
                on conflict (buyer_id) do update set version = spend_summary_state.version + 1,
                refreshed_at = now()""", buyerId).update();
    }

    private StatementSpec buyer(String sql, long buyerId) {
        return jdbc.sql(sql).param("buyer", buyerId);
    }
}
