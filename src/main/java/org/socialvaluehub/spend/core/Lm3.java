package org.socialvaluehub.spend.core;

import java.util.List;

/**
 * Local Multiplier 3 as the New Economics Foundation defined it ("The Money Trail", 2002) and CLES applies it to
 * councils: how much each pound of influenceable spend is worth to the local economy over three rounds.
 *
 * <p>R1 is the influenceable spend with suppliers; R2 is the part of R1 paid to suppliers in the area; R3 is what those
 * local suppliers re-spend in the area (with local suppliers, and as wages of staff who live locally).
 * LM3 = (R1 + R2 + R3) / R1, between 1 and 3. Spend with suppliers whose location is unknown is left out of R1 rather
 * than counted as not local; the share of spend that could be placed is the coverage shown beside the figure.
 */
public final class Lm3 {

    /**
     * How suppliers spend what they are paid, as shares of their income (0 to 1).
     *
     * @param localSpendShare share spent with suppliers in the area
     * @param wageShare share paid as wages
     * @param localStaffShare share of those wages paid to staff who live in the area
     */
    public record RespendShares(double localSpendShare, double wageShare, double localStaffShare) {

        public RespendShares {
            check(localSpendShare);
            check(wageShare);
            check(localStaffShare);
            if (localSpendShare + wageShare > 1) {
                throw new IllegalArgumentException("local spend and wages cannot exceed all income");
            }
        }

        /** The share of income that is re-spent in the area. */
        public double localRespend() {
            return localSpendShare + wageShare * localStaffShare;
        }

        private static void check(double share) {
            if (share < 0 || share > 1 || Double.isNaN(share)) {
                throw new IllegalArgumentException("a share is between 0 and 1");
            }
        }
    }

    /**
     * The three rounds and the multiplier.
     *
     * @param r1Pence influenceable spend with suppliers whose location is known
     * @param r2Pence the part of R1 paid to suppliers in the area
     * @param r3Pence what those local suppliers re-spend in the area
     * @param declaredShare share of R2 whose re-spend comes from figures suppliers declared (the rest uses defaults)
     * @param coverage share of all influenceable supplier spend whose supplier could be placed (in R1)
     */
    public record Result(long r1Pence, long r2Pence, long r3Pence, double declaredShare, double coverage) {

        /** LM3, or 0 when there is no spend to multiply. */
        public double multiplier() {
            return r1Pence <= 0 ? 0 : (double) (r1Pence + r2Pence + r3Pence) / r1Pence;
        }

        /** Whether enough of the spend could be placed for the multiplier to mean something. */
        public boolean enoughData(double minimumCoverage) {
            return r1Pence > 0 && coverage >= minimumCoverage;
        }
    }

    /**
     * What one local supplier was paid, with the shares it declared where it did (0 to 1, null when not declared).
     *
     * @param pence influenceable spend with the supplier
     * @param spendShare share of its spending, other than wages, made with suppliers in the area
     * @param localStaffShare share of its wage bill paid to staff who live in the area
     */
    public record LocalSupplier(long pence, Double spendShare, Double localStaffShare) {

        public boolean declared() {
            return spendShare != null || localStaffShare != null;
        }

        /** Its re-spend shares: what it declared, the defaults for the rest. */
        RespendShares shares(RespendShares defaults) {
            return new RespendShares(
                    spendShare == null ? defaults.localSpendShare() : spendShare * (1 - defaults.wageShare()),
                    defaults.wageShare(),
                    localStaffShare == null ? defaults.localStaffShare() : localStaffShare);
        }
    }

    private Lm3() {}

    /**
     * LM3 where each local supplier re-spends by the shares it declared, the stated defaults otherwise. A declared
     * spending share covers the spending other than wages, so it is applied to the default's non-wage part.
     *
     * @param placedPence influenceable spend with suppliers whose location is known, in or out of the area (R1)
     * @param unplacedPence influenceable spend with suppliers whose location is unknown (left out of R1)
     * @param local the suppliers known to be local and what each was paid, net of credits (a supplier whose credits
     *     exceed its payments adds nothing)
     */
    public static Result estimate(
            long placedPence, long unplacedPence, List<LocalSupplier> local, RespendShares defaults) {
        if (placedPence <= 0) {
            return new Result(placedPence, 0, 0, 0, 0);
        }
        long r2 = 0;
        double r3 = 0;
        long declaredPence = 0;
        for (LocalSupplier supplier : local) {
            if (supplier.pence() <= 0) {
                continue; // credits larger than payments in the period: nothing paid locally, nothing to re-spend
            }
            r2 += supplier.pence();
            r3 += supplier.pence() * supplier.shares(defaults).localRespend();
            declaredPence += supplier.declared() ? supplier.pence() : 0;
        }
        long r2Pence = Math.min(r2, placedPence);
        double declaredShare = r2 == 0 ? 0 : (double) declaredPence / r2;
        return new Result(
                placedPence,
                r2Pence,
                Math.round(Math.min(r3, r2Pence)),
                declaredShare,
                coverage(placedPence, unplacedPence));
    }

    /**
     * LM3 where every local supplier re-spends by the same (default) shares and every supplier could be placed.
     *
     * @param r1Pence all influenceable spend with suppliers
     * @param localPence the part of it paid to suppliers in the area (R2)
     */
    public static Result estimate(long r1Pence, long localPence, RespendShares shares) {
        if (localPence < 0 || r1Pence < 0 || localPence > r1Pence) {
            throw new IllegalArgumentException("local spend is part of R1");
        }
        long r3 = Math.round(localPence * shares.localRespend());
        return new Result(r1Pence, localPence, r3, 0, r1Pence == 0 ? 0 : 1);
    }

    private static double coverage(long placedPence, long unplacedPence) {
        long all = placedPence + Math.max(0, unplacedPence);
        return all <= 0 ? 0 : Math.min(1, (double) placedPence / all);
    }
}
