package org.socialvaluehub.spend.dashboards;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns summary rows into a dashboard's labelled rows: every month of the period, quarters, labels. */
final class DashboardRows {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    private DashboardRows() {}

    static List<DashboardView.Row> months(List<DashboardRepository.MonthSpend> spend, Period period) {
        Map<LocalDate, DashboardRepository.MonthSpend> found = new HashMap<>();
        spend.forEach(m -> found.put(m.month(), m));
        List<DashboardView.Row> months = new ArrayList<>();
        for (LocalDate m = period.from(); m.isBefore(period.to()); m = m.plusMonths(1)) {
            var month = found.get(m);
            months.add(new DashboardView.Row(
                    MONTH.format(m),
                    month == null ? 0 : month.pence(),
                    month == null ? 0 : month.influenceablePence()));
        }
        return months;
    }

    static List<DashboardView.Row> quarters(List<DashboardView.Row> months, Period period) {
        Map<String, long[]> quarters = new LinkedHashMap<>();
        for (int i = 0; i < months.size(); i++) {
            int quarter = period.quarter() == 0 ? i / 3 + 1 : period.quarter();
            long[] sums = quarters.computeIfAbsent(
                    "Q" + quarter + " " + new Period(period.year(), 0).label(), k -> new long[2]);
            sums[0] += months.get(i).pence();
            sums[1] += months.get(i).influenceablePence();
        }
        return quarters.entrySet().stream()
                .map(e -> new DashboardView.Row(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .toList();
    }

    static List<DashboardView.Row> labels(List<DashboardRepository.LabelSpend> rows) {
        return rows.stream()
                .map(r ->
                        new DashboardView.Row(r.label().isEmpty() ? "—" : r.label(), r.pence(), r.influenceablePence()))
                .toList();
    }
}
