package org.socialvaluehub.spend.dashboards;

import org.socialvaluehub.spend.core.Lm3;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The stated default re-spend shares LM3 uses for local suppliers that declared none of their own in the directory
 * (and for the share a supplier left undeclared): {@code svh.spend.lm3.default-local-spend-share},
 * {@code ...default-wage-share}, {@code ...default-local-staff-share}.
 */
@Component
class Lm3Settings {

    private final Lm3.RespendShares shares;
    private final double minimumCoverage;

    Lm3Settings(
            @Value("${svh.spend.lm3.default-local-spend-share:0.25}") double localSpend,
            @Value("${svh.spend.lm3.default-wage-share:0.40}") double wages,
            @Value("${svh.spend.lm3.default-local-staff-share:0.60}") double localStaff,
            @Value("${svh.spend.lm3.minimum-coverage:0.50}") double minimumCoverage) {
        this.shares = new Lm3.RespendShares(localSpend, wages, localStaff);
        if (minimumCoverage < 0 || minimumCoverage > 1 || Double.isNaN(minimumCoverage)) {
            throw new IllegalArgumentException("svh.spend.lm3.minimum-coverage is a share between 0 and 1");
        }
        this.minimumCoverage = minimumCoverage;
    }

    double minimumCoverage() {
        return minimumCoverage;
    }

    Lm3.RespendShares shares() {
        return shares;
    }
}
