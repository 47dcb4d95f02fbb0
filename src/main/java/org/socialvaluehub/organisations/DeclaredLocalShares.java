package org.socialvaluehub.organisations;

/**
 * What an organisation says about how much of its own spending and of its wage bill stays in the
 * area, in whole percent (null when not declared); the local multiplier (LM3) uses them as round 2 and 3.
 */
public record DeclaredLocalShares(Integer spendPercent, Integer wagePercent) {

    public boolean declared() {
        return spendPercent != null || wagePercent != null;
    }
}
