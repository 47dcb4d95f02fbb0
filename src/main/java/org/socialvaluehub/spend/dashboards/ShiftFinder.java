package org.socialvaluehub.spend.dashboards;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.socialvaluehub.organisations.CpvCatalogue;
import org.socialvaluehub.organisations.OrganisationSummaries;
import org.socialvaluehub.organisations.SupplierIdentity;
import org.socialvaluehub.spend.core.ShiftCategories;
import org.springframework.stereotype.Component;

/**
 * Finds where spend could shift: out-of-area spend by the CPV division of the suppliers' directory categories, beside
 * the verified suppliers inside the area in the same division ({@link ShiftCategories} does the grouping).
 */
@Component
class ShiftFinder {

    static final int SHOWN = 5;

    private final OrganisationSummaries directory;
    private final SupplierFacts facts;
    private final CpvCatalogue cpv;

    ShiftFinder(OrganisationSummaries directory, SupplierFacts facts, CpvCatalogue cpv) {
        this.directory = directory;
        this.facts = facts;
        this.cpv = cpv;
    }

    /**
     * @param bySupplier influenceable spend per supplier name key (redacted payees left out)
     * @param resolved the organisation each resolved name key is
     * @param known the facts of those organisations
     */
    DashboardView.Shifts find(
            Map<String, Long> bySupplier, Map<String, Long> resolved, Map<Long, SupplierFacts.Facts> known) {
        List<ShiftCategories.Spend> spend = new ArrayList<>();
        bySupplier.forEach((key, pence) -> {
            Long org = resolved.get(key);
            SupplierFacts.Facts f =
                    org == null ? SupplierFacts.Facts.UNKNOWN : known.getOrDefault(org, SupplierFacts.Facts.UNKNOWN);
            spend.add(new ShiftCategories.Spend(pence, org != null, f.inArea(), f.cpvCodes()));
        });
        ShiftCategories.Result result = ShiftCategories.find(spend, candidates(), SHOWN);
        return new DashboardView.Shifts(
                result.categories().stream()
                        .map(c -> new DashboardView.Shift(
                                c.division(),
                                cpv.division(c.division())
                                        .map(CpvCatalogue.Entry::label)
                                        .orElse(""),
                                c.outOfAreaPence(),
                                c.inAreaPence(),
                                c.supplierCount(),
                                c.suppliers()))
                        .toList(),
                result.unmatchedPence(),
                result.uncategorisedPence(),
                result.unplacedPence());
    }

    /** Suppliers inside the area with at least one verified, unexpired credential, and what they supply. */
    private List<ShiftCategories.Candidate> candidates() {
        var ids = directory.supplierIdentities().stream()
                .map(SupplierIdentity::id)
                .toList();
        return facts.of(ids).values().stream()
                .filter(f -> Boolean.TRUE.equals(f.inArea())
                        && f.verified()
                        && !f.cpvCodes().isEmpty())
                .map(f -> new ShiftCategories.Candidate(f.name(), f.cpvCodes()))
                .toList();
    }
}
