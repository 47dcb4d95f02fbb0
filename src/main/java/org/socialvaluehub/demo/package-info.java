/**
 * Demo data: a deterministic, fictional partnership (buyers, suppliers and one account per role),
 * loaded into an empty database so a new installation is alive on first run.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "organisations",
            "accounts",
            "measures",
            "opportunities",
            "opportunities :: core",
            "spend",
            "spend :: core",
            "resources :: charter",
            "evaluation :: common",
            "evaluation :: model",
            "evaluation :: bids",
            "evaluation :: scoring",
            "evaluation :: award",
            "engagement :: events",
            "engagement :: support",
            "organisations :: profile",
            "organisations :: credentials"
        })
package org.socialvaluehub.demo;
