package org.socialvaluehub.spend.dashboards;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.socialvaluehub.spend.core.Lm3;

/** Everything one spend dashboard shows, for one buyer or the partnership, over one period. */
public record DashboardView(
        Period period,
        long totalPence,
        long influenceablePence,
        long redactedPence,
        long supplierPence,
        long resolvedPence,
        long publicBodyPence,
        long localBranchPence,
        Share localDistrict,
        Share localArea,
        Share localRegion,
        Share sme,
        Share vcse,
        Share livingWage,
        Map<String, List<Unresolved>> unresolved,
        List<Row> months,
        List<Row> quarters,
        List<Row> serviceAreas,
        List<Row> categories,
        List<TopSupplier> topSuppliers,
        Lm3.Result lm3,
        Lm3.RespendShares lm3Shares,
        double lm3MinimumCoverage,
        Shifts shifts,
        String areaSource) {

    /**
     * Spend that is, is not, or may be (unknown) of a kind; the share leaves the unknown out and never counts it
     * as "not".
     */
    record Share(long yesPence, long noPence, long unknownPence) {

        /** Percent of the known spend, or null when nothing is known. */
        public BigDecimal percent() {
            long known = yesPence + noPence;
            return known == 0
                    ? null
                    : BigDecimal.valueOf(yesPence * 100.0 / known).setScale(1, RoundingMode.HALF_UP);
        }

        /** Percent of all the spend, unknown included: for a share that is known only when it is "yes". */
        public BigDecimal percentOfAll() {
            long all = yesPence + noPence + unknownPence;
            return all == 0 ? null : BigDecimal.valueOf(yesPence * 100.0 / all).setScale(1, RoundingMode.HALF_UP);
        }

        /** Percent of the spend whose kind is known. */
        public BigDecimal knownPercent() {
            long all = yesPence + noPence + unknownPence;
            return all == 0
                    ? null
                    : BigDecimal.valueOf((yesPence + noPence) * 100.0 / all).setScale(1, RoundingMode.HALF_UP);
        }
    }

    /**
     * A supplier whose spend a share could not classify: not matched to the directory, or matched to an organisation
     * whose profile lacks the fact; a null name is a person's, withheld.
     */
    record Unresolved(String name, long pence, boolean matched) {}

    /** A labelled amount: a month, a quarter, a service area, an expense type. */
    record Row(String label, long pence, long influenceablePence) {}

    /** One of the largest suppliers, with its classification (null is unknown); a null name is a person's, withheld. */
    record TopSupplier(
            String name,
            String organisationName,
            long pence,
            Boolean local,
            Boolean sme,
            Boolean vcse,
            Boolean livingWage) {}

    /** A CPV division with spend outside the area where verified suppliers inside it supply the same division. */
    record Shift(
            String division,
            String label,
            long outOfAreaPence,
            long inAreaPence,
            int supplierCount,
            List<String> inAreaSuppliers) {}

    /** Where spend could shift, and the supplier spend that could not be placed in a category or a location. */
    record Shifts(List<Shift> categories, long unmatchedPence, long uncategorisedPence, long unplacedPence) {

        public long unclassifiedPence() {
            return unmatchedPence + uncategorisedPence + unplacedPence;
        }
    }

    /** Whole pounds, "£1,234". */
    public String pounds(long pence) {
        return "£" + NumberFormat.getIntegerInstance(Locale.UK).format(Math.round(pence / 100.0));
    }

    /** Whole pounds as a plain number for charts and exports. */
    public long whole(long pence) {
        return Math.round(pence / 100.0);
    }

    public BigDecimal coveragePercent() {
        return supplierPence == 0
                ? null
                : BigDecimal.valueOf(resolvedPence * 100.0 / supplierPence).setScale(1, RoundingMode.HALF_UP);
    }

    /** Whether enough of the spend's suppliers could be placed for LM3 to be shown. */
    public boolean lm3Known() {
        return lm3.enoughData(lm3MinimumCoverage);
    }

    /** The share of influenceable supplier spend whose supplier could be placed (LM3's coverage), in whole percent. */
    public long lm3CoveragePercent() {
        return Math.round(lm3.coverage() * 100);
    }

    public long lm3MinimumCoveragePercent() {
        return Math.round(lm3MinimumCoverage * 100);
    }

    /** The share of R2 whose re-spend comes from suppliers' declared figures, in whole percent. */
    public long lm3DeclaredPercent() {
        return Math.round(lm3.declaredShare() * 100);
    }

    public String lm3Multiplier() {
        return String.format(Locale.UK, "%.2f", lm3.multiplier());
    }
}
