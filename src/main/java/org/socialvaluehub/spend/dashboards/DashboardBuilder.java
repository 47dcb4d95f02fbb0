package org.socialvaluehub.spend.dashboards;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.socialvaluehub.spend.core.Lm3;
import org.socialvaluehub.spend.core.PayeePrivacy;
import org.socialvaluehub.spend.suppliers.SupplierNameRepository;
import org.springframework.stereotype.Component;

/** Builds a spend dashboard from the pre-aggregated tables and the directory's facts about buyers and suppliers. */
@Component
public class DashboardBuilder {

    private final DashboardRepository spend;
    private final SupplierNameRepository names;
    private final SupplierFacts facts;
    private final ShiftFinder shifts;
    private final Lm3Settings lm3;

    DashboardBuilder(
            DashboardRepository spend,
            SupplierNameRepository names,
            SupplierFacts facts,
            ShiftFinder shifts,
            Lm3Settings lm3) {
        this.spend = spend;
        this.names = names;
        this.facts = facts;
        this.shifts = shifts;
        this.lm3 = lm3;
    }

    public DashboardView build(List<Long> buyers, Period period) {
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
        DashboardShares shares = new DashboardShares();
        Map<String, Long> bySupplier = new HashMap<>();
        for (DashboardRepository.SupplierSpend row : rows) {
            Long org = row.supplierKey().isEmpty() ? null : resolved.get(row.supplierKey());
            SupplierFacts.Facts supplier =
                    org == null ? SupplierFacts.Facts.UNKNOWN : known.getOrDefault(org, SupplierFacts.Facts.UNKNOWN);
            shares.add(row, org != null, supplier, known.getOrDefault(row.buyerId(), SupplierFacts.Facts.UNKNOWN));
            if (DashboardShares.influenceable(row, supplier)
                    && !row.supplierKey().isEmpty()) {
                bySupplier.merge(row.supplierKey(), row.pence(), Long::sum);
            }
        }
        List<DashboardView.Row> months = DashboardRows.months(spend.months(buyers, period), period);
        return new DashboardView(
                period,
                shares.total,
                shares.influenceable,
                shares.redacted,
                shares.supplierSpend,
                shares.resolvedSpend,
                shares.publicBodies,
                shares.localBranches,
                shares.share(0),
                shares.share(1),
                shares.share(2),
                shares.share(3),
                shares.share(4),
                shares.share(5),
                UnresolvedSuppliers.largest(shares, resolved, known, names),
                months,
                DashboardRows.quarters(months, period),
                DashboardRows.labels(spend.byLabel(buyers, period, true)),
                DashboardRows.labels(spend.byLabel(buyers, period, false)),
                top(bySupplier, resolved, known),
                multiplier(shares.supplierSpend, bySupplier, resolved, known),
                lm3.shares(),
                lm3.minimumCoverage(),
                shifts.find(bySupplier, resolved, known),
                facts.areaSource());
    }

    /**
     * LM3 over the suppliers whose location is known (R1), the local ones among them (R2) re-spending by their declared
     * shares where they declared them; spend with suppliers that cannot be placed is left out and shown as coverage.
     */
    private Lm3.Result multiplier(
            long supplierSpend,
            Map<String, Long> bySupplier,
            Map<String, Long> resolved,
            Map<Long, SupplierFacts.Facts> known) {
        List<Lm3.LocalSupplier> local = new ArrayList<>();
        long placed = 0;
        for (Map.Entry<String, Long> e : bySupplier.entrySet()) {
            Long org = resolved.get(e.getKey());
            SupplierFacts.Facts f = org == null ? null : known.get(org);
            if (f == null || f.inArea() == null) {
                continue;
            }
            placed += e.getValue();
            if (f.inArea()) {
                Integer spendPercent = f.declared().spendPercent();
                Integer wagePercent = f.declared().wagePercent();
                local.add(new Lm3.LocalSupplier(
                        e.getValue(),
                        spendPercent == null ? null : spendPercent / 100.0,
                        wagePercent == null ? null : wagePercent / 100.0));
            }
        }
        return Lm3.estimate(placed, supplierSpend - placed, local, lm3.shares());
    }

    private List<DashboardView.TopSupplier> top(
            Map<String, Long> bySupplier, Map<String, Long> resolved, Map<Long, SupplierFacts.Facts> known) {
        List<Map.Entry<String, Long>> largest = bySupplier.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .limit(10)
                .toList();
        Map<String, String> display =
                names.displayNames(largest.stream().map(Map.Entry::getKey).toList());
        return largest.stream()
                .map(e -> {
                    Long org = resolved.get(e.getKey());
                    SupplierFacts.Facts f = org == null
                            ? SupplierFacts.Facts.UNKNOWN
                            : known.getOrDefault(org, SupplierFacts.Facts.UNKNOWN);
                    String name = display.getOrDefault(e.getKey(), e.getKey());
                    // A payee matched to no organisation that reads like a person (a sole trader) is never named here.
                    return new DashboardView.TopSupplier(
                            org == null && PayeePrivacy.looksLikePerson(name) ? null : name,
                            f.name(),
                            e.getValue(),
                            f.inArea(),
                            f.sme(),
                            f.vcse(),
                            f.livingWage());
                })
                .toList();
    }
}
