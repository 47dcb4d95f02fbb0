/**
 * Resources and the social value journey: guides, case studies, actions and programmes; the
 * self-assessment with next steps; and the charter pledges organisations make each year.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "organisations")
package org.socialvaluehub.resources;
