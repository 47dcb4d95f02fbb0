package org.socialvaluehub.spend.dashboards;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the pre-aggregated spend for a set of buyers over a period. */
@Repository
class DashboardRepository {

    /** Spend with one supplier (by name key) by one buyer; the key is empty for redacted payees. */
    record SupplierSpend(long buyerId, String supplierKey, boolean influenceable, long pence) {}

    /** Spend in one month. */
    record MonthSpend(LocalDate month, long pence, long influenceablePence) {}

    /** Spend under one label (a service area or an expense type). */
    record LabelSpend(String label, long pence, long influenceablePence) {}

    /** Influenceable spend with one supplier in one expense type. */
    record CategorySupplierSpend(String expenseType, String supplierKey, long pence) {}

    private final JdbcClient jdbc;

    DashboardRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SupplierSpend> suppliers(List<Long> buyers, Period period) {
        return jdbc.sql("""
                select buyer_id, supplier_key, influenceable, sum(amount_pence) from spend_month_supplier
                where buyer_id in (:buyers) and month >= :from and month < :to
                group by buyer_id, supplier_key, influenceable""")
                .param("buyers", buyers)
                .param("from", Date.valueOf(period.from()))
                .param("to", Date.valueOf(period.to()))
                .query((rs, i) -> new SupplierSpend(rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getLong(4)))
                .list();
    }

    List<MonthSpend> months(List<Long> buyers, Period period) {
        return jdbc.sql("""
                select month, sum(amount_pence), coalesce(sum(amount_pence) filter (where influenceable), 0)
                from spend_month_supplier where buyer_id in (:buyers) and month >= :from and month < :to
                group by month order by month""")
                .param("buyers", buyers)
                .param("from", Date.valueOf(period.from()))
                .param("to", Date.valueOf(period.to()))
                .query((rs, i) -> new MonthSpend(rs.getDate(1).toLocalDate(), rs.getLong(2), rs.getLong(3)))
                .list();
    }

    List<LabelSpend> byLabel(List<Long> buyers, Period period, boolean serviceArea) {
        String column = serviceArea ? "service_area" : "expense_type";
        return jdbc.sql("select " + column
                        + ", sum(amount_pence), coalesce(sum(amount_pence) filter (where influenceable), 0)"
                        + " from spend_month_category where buyer_id in (:buyers) and month >= :from and month < :to"
                        + " group by " + column + " order by 2 desc limit 12")
                .param("buyers", buyers)
                .param("from", Date.valueOf(period.from()))
                .param("to", Date.valueOf(period.to()))
                .query((rs, i) -> new LabelSpend(rs.getString(1), rs.getLong(2), rs.getLong(3)))
                .list();
    }

    List<CategorySupplierSpend> categorySuppliers(List<Long> buyers, int financialYear) {
        return jdbc.sql("""
                select expense_type, supplier_key, sum(amount_pence) from spend_year_supplier_category
                where buyer_id in (:buyers) and financial_year = :year group by expense_type, supplier_key""")
                .param("buyers", buyers)
                .param("year", financialYear)
                .query((rs, i) -> new CategorySupplierSpend(rs.getString(1), rs.getString(2), rs.getLong(3)))
                .list();
    }

    /** The latest month with spend, to open the dashboard on a year that has data. */
    LocalDate latestMonth(List<Long> buyers) {
        return jdbc.sql("select max(month) from spend_month_supplier where buyer_id in (:buyers)")
                .param("buyers", buyers)
                .query((rs, i) -> rs.getDate(1) == null ? null : rs.getDate(1).toLocalDate())
                .optional()
                .orElse(null);
    }

    /** Financial years with spend, newest first. */
    List<Integer> years(List<Long> buyers) {
        return jdbc.sql("""
                select distinct extract(year from month - interval '3 months')::int y from spend_month_supplier
                where buyer_id in (:buyers) order by y desc""").param("buyers", buyers).query(Integer.class).list();
    }

    /**
     * What a built dashboard depends on in the database, read cheaply: how often the buyers' summaries were rebuilt,
     * and the latest coordinator decision on a supplier match.
     */
    String stamp(List<Long> buyers) {
        return jdbc.sql("""
                select coalesce((select sum(version) from spend_summary_state where buyer_id in (:buyers)), 0) || '/'
                    || coalesce((select max(decided_at) from spend_supplier_name)
                    ::text, '-')""").param("buyers", buyers).query(String.class).single();
    }
}
