/**
 * Small value types every module uses: roles, the signed-in person, postcode districts, the cells of every CSV
 * export (guarded against spreadsheet formulas), the retention steps each module runs, and the
 * {@link org.socialvaluehub.shared.PersonalDataHolder} each module that holds person data provides.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.socialvaluehub.shared;
