/**
 * Opportunities: each buyer's pipeline of contracts, grants and leases, from planned to awarded,
 * and what suppliers need to find and prepare for them. Other modules use {@link
 * org.socialvaluehub.opportunities.Opportunities}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "organisations",
            "organisations :: core",
            "measures",
            "measures :: core",
            "accounts",
            "mail"
        })
package org.socialvaluehub.opportunities;
