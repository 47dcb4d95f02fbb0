package org.socialvaluehub.spend;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.socialvaluehub.spend.core.Lm3;
import org.springframework.stereotype.Service;

/** Builds a spend dashboard from the pre-aggregated tables: totals, local/SME/VCSE shares, trends, LM3, shifts. */
@Service
class SpendDashboard {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    private final DashboardRepository spend;
    private final SupplierNameRepository names;
    private final SupplierFacts facts;
    private final ShiftFinder shifts;
    private final Lm3Settings lm3;

    SpendDashboard(DashboardRepository spend, SupplierNameRepository names, SupplierFacts facts, ShiftFinder shifts,
                   Lm3Settings lm3) {
        this.spend = spend;
        this.names = names;
        this.facts = facts;
        this.shifts = shifts;
        this.lm3 = lm3;
    }

    Period defaultPeriod(List<Long> buyers, Integer year, Integer quarter) {
        return Period.of(year, quarter, spend.latestMonth(ids(buyers)));
    }

    /** The financial years with spend, newest first, with the period shown among them. */
    List<Period> years(List<Long> buyers, Period shown) {
        Set<Integer> years = new java.util.TreeSet<>(Comparator.reverseOrder());
        years.addAll(spend.years(ids(buyers)));
        years.add(shown.year());
        return years.stream().map(y -> new Period(y, 0)).toList();
    }

    DashboardView build(List<Long> buyerIds, Period period) {
        List<Long> buyers = ids(buyerIds);
        Map<String, Long> resolved = names.resolved();
        List<DashboardRepository.SupplierSpend> rows = spend.suppliers(buyers, period);
        Set<Long> orgIds = new HashSet<>(buyers);
        rows.forEach(r -> {
            Long org = resolved.get(r.supplierKey());
            if (org != null) {
                orgIds.add(org);
            }
        });
        Map<Long, SupplierFacts.Facts> known = facts.of(orgIds);
        long total = 0;
        long influenceable = 0;
        long redacted = 0;
        long supplierSpend = 0;
        long resolvedSpend = 0;
        long[][] shares = new long[6][3];
        Map<String, Long> bySupplier = new HashMap<>();
        for (DashboardRepository.SupplierSpend row : rows) {
            total += row.pence();
            if (row.supplierKey().isEmpty()) {
                redacted += row.pence();
            }
            if (!row.influenceable()) {
                continue;
            }
            influenceable += row.pence();
            if (row.supplierKey().isEmpty()) {
                continue;
            }
            supplierSpend += row.pence();
            bySupplier.merge(row.supplierKey(), row.pence(), Long::sum);
            Long org = resolved.get(row.supplierKey());
            SupplierFacts.Facts supplier = org == null ? SupplierFacts.Facts.UNKNOWN
                : known.getOrDefault(org, SupplierFacts.Facts.UNKNOWN);
            resolvedSpend += org == null ? 0 : row.pence();
            SupplierFacts.Facts buyer = known.getOrDefault(row.buyerId(), SupplierFacts.Facts.UNKNOWN);
            add(shares[0], same(supplier.localAuthority(), buyer.localAuthority()), row.pence());
            add(shares[1], supplier.inArea(), row.pence());
            add(shares[2], same(supplier.region(), buyer.region()), row.pence());
            add(shares[3], supplier.sme(), row.pence());
            add(shares[4], supplier.vcse(), row.pence());
            add(shares[5], null, row.pence()); // verified Living Wage credentials are not held yet
        }
        List<DashboardView.Row> months = months(buyers, period);
        Lm3.Result multiplier = Lm3.estimate(supplierSpend, shares[1][0], lm3.shares());
        return new DashboardView(period, total, influenceable, redacted, supplierSpend, resolvedSpend,
            share(shares[0]), share(shares[1]), share(shares[2]), share(shares[3]), share(shares[4]), share(shares[5]),
            months, quarters(months, period), labels(spend.byLabel(buyers, period, true)),
            labels(spend.byLabel(buyers, period, false)), top(bySupplier, resolved, known), multiplier, lm3.shares(),
            shifts.find(spend.categorySuppliers(buyers, period.year()), resolved));
    }

    private List<DashboardView.Row> months(List<Long> buyers, Period period) {
        Map<LocalDate, DashboardRepository.MonthSpend> found = new HashMap<>();
        spend.months(buyers, period).forEach(m -> found.put(m.month(), m));
        List<DashboardView.Row> months = new ArrayList<>();
        for (LocalDate m = period.from(); m.isBefore(period.to()); m = m.plusMonths(1)) {
            var month = found.get(m);
            months.add(new DashboardView.Row(MONTH.format(m), month == null ? 0 : month.pence(),
                month == null ? 0 : month.influenceablePence()));
        }
        return months;
    }

    private static List<DashboardView.Row> quarters(List<DashboardView.Row> months, Period period) {
        Map<String, long[]> quarters = new LinkedHashMap<>();
        for (int i = 0; i < months.size(); i++) {
            int quarter = period.quarter() == 0 ? i / 3 + 1 : period.quarter();
            long[] sums = quarters.computeIfAbsent("Q" + quarter + " " + new Period(period.year(), 0).label(), k -> new long[2]);
            sums[0] += months.get(i).pence();
            sums[1] += months.get(i).influenceablePence();
        }
        return quarters.entrySet().stream().map(e -> new DashboardView.Row(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

    private static List<DashboardView.Row> labels(List<DashboardRepository.LabelSpend> rows) {
        return rows.stream().map(r -> new DashboardView.Row(r.label().isEmpty() ? "—" : r.label(), r.pence(),
            r.influenceablePence())).toList();
    }

    private List<DashboardView.TopSupplier> top(Map<String, Long> bySupplier, Map<String, Long> resolved,
                                                Map<Long, SupplierFacts.Facts> known) {
        List<Map.Entry<String, Long>> largest = bySupplier.entrySet().stream()
            .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(10).toList();
        Map<String, String> display = names.displayNames(largest.stream().map(Map.Entry::getKey).toList());
        Map<Long, String> orgNames = names.organisationNames(largest.stream().map(e -> resolved.get(e.getKey()))
            .filter(Objects::nonNull).toList());
        return largest.stream().map(e -> {
            Long org = resolved.get(e.getKey());
            SupplierFacts.Facts f = org == null ? SupplierFacts.Facts.UNKNOWN : known.getOrDefault(org, SupplierFacts.Facts.UNKNOWN);
            return new DashboardView.TopSupplier(display.getOrDefault(e.getKey(), e.getKey()),
                org == null ? null : orgNames.get(org), e.getValue(), f.inArea(), f.sme(), f.vcse());
        }).toList();
    }

    private static Boolean same(String supplier, String buyer) {
        return supplier == null || buyer == null ? null : supplier.equals(buyer);
    }

    private static void add(long[] share, Boolean yes, long pence) {
        share[yes == null ? 2 : yes ? 0 : 1] += pence;
    }

    private static DashboardView.Share share(long[] s) {
        return new DashboardView.Share(s[0], s[1], s[2]);
    }

    private static List<Long> ids(List<Long> buyers) {
        return buyers.isEmpty() ? List.of(-1L) : buyers;
    }
}
