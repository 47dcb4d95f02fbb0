/**
 * Small value types every module uses: roles, the signed-in person, postcode districts, and the cells of
 * every CSV export (guarded against spreadsheet formulas).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.socialvaluehub.shared;
