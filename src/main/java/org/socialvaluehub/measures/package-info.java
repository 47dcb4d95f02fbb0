/**
 * The shared social value framework: themes, outcomes, measures, their proxy values with provenance,
 * versions and local priorities. The valuation rules themselves live in the framework-free
 * {@code core} package.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.socialvaluehub.measures;
