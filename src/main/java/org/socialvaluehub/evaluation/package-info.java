/**
 * Transparent evaluation: evaluation models, sealed bids, independent scoring and moderation,
 * explained results and sensitivity. The maths lives in the framework-free {@code core} package,
 * which other modules and the command line may use.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"opportunities", "accounts", "organisations", "measures", "measures :: core", "mail"})
package org.socialvaluehub.evaluation;
