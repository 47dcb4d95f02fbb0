/**
 * Small value types every module uses: roles, the signed-in person, postcode districts.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.socialvaluehub.shared;
