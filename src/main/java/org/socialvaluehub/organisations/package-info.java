/**
 * Organisations: the partnership's buyers and the suppliers, social enterprises and charities
 * that can add social value, with their legal form, size and place.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "mail")
package org.socialvaluehub.organisations;
