/**
 * Demo data: a deterministic, fictional partnership (buyers, suppliers and one account per role),
 * loaded into an empty database so a new installation is alive on first run.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"organisations", "accounts"})
package org.socialvaluehub.demo;
