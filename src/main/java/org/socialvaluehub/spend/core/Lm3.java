package org.socialvaluehub.spend.core;

/**
 * Local Multiplier 3 (New Economics Foundation, "The Money Trail", 2002): how much each pound of influenceable
 * spend is worth to the local economy after two rounds of local re-spending.
 *
 * <p>R1 is the influenceable spend with suppliers. R2 is the part of R1 that local suppliers spend again locally:
 * with local suppliers and on wages of staff who live locally. R3 is the local re-spend of R2 by the same rule.
 * LM3 = (R1 + R2 + R3) / R1, between 1 and 3.
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
     * @param r1Pence influenceable spend with suppliers
     * @param r2Pence local re-spend by local suppliers of what they were paid
     * @param r3Pence local re-spend of R2
     * @param declaredShare share of R1 whose re-spend comes from figures suppliers declared (the rest is estimated)
     */
    public record Result(long r1Pence, long r2Pence, long r3Pence, double declaredShare) {

        /** LM3, or 0 when there is no spend to multiply. */
        public double multiplier() {
            return r1Pence == 0 ? 0 : (double) (r1Pence + r2Pence + r3Pence) / r1Pence;
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
            return new RespendShares(spendShare == null ? defaults.localSpendShare()
                : spendShare * (1 - defaults.wageShare()), defaults.wageShare(),
                localStaffShare == null ? defaults.localStaffShare() : localStaffShare);
        }
    }

    private Lm3() {
    }

    /**
     * LM3 where each local supplier re-spends by the shares it declared, the stated defaults otherwise. A declared
     * spending share covers the spending other than wages, so it is applied to the default's non-wage part.
     *
     * @param r1Pence all influenceable spend with suppliers
     * @param local the suppliers known to be local and what each was paid, net of credits (unknown location counts
     *     as not local, so the estimate is cautious; a supplier whose credits exceed its payments re-spends nothing)
     */
    public static Result estimate(long r1Pence, java.util.List<LocalSupplier> local, RespendShares defaults) {
        double r2 = 0;
        double r3 = 0;
        long declaredPence = 0;
        for (LocalSupplier supplier : local) {
            if (supplier.pence() <= 0) {
                continue; // credits larger than payments in the period: nothing to re-spend
            }
            double rate = supplier.shares(defaults).localRespend();
            r2 += supplier.pence() * rate;
            r3 += supplier.pence() * rate * rate;
            declaredPence += supplier.declared() ? supplier.pence() : 0;
        }
        if (r1Pence <= 0) {
            return new Result(r1Pence, 0, 0, 0);
        }
        return new Result(r1Pence, Math.round(Math.min(r2, r1Pence)), Math.round(Math.min(r3, r1Pence)),
            Math.min(1, (double) declaredPence / r1Pence));
    }

    /**
     * LM3 where every local supplier re-spends by the same (default) shares.
     *
     * @param r1Pence all influenceable spend with suppliers
     * @param localPence the part of it paid to suppliers known to be local (unknown location counts as not local here,
     *     so the estimate is cautious)
     */
    public static Result estimate(long r1Pence, long localPence, RespendShares shares) {
        if (localPence < 0 || r1Pence < 0 || localPence > r1Pence) {
            throw new IllegalArgumentException("local spend is part of R1");
        }
        double rate = shares.localRespend();
        long r2 = Math.round(localPence * rate);
        long r3 = Math.round(r2 * rate);
        return new Result(r1Pence, r2, r3, 0);
    }
}
