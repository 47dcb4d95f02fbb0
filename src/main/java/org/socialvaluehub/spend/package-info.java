/**
 * Spend: buyers import the spend files they publish, suppliers are resolved to the directory's organisations and
 * classified (local, SME, VCSE), and dashboards show where the partnership's money goes, with LM3 and where spend
 * could shift to local suppliers.
 *
 * <p>API: {@link org.socialvaluehub.spend.SpendImports} imports a file atomically and idempotently.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"organisations", "organisations :: core"})
package org.socialvaluehub.spend;
