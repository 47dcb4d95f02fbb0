/**
 * Small value types every module uses: roles, the signed-in person, postcode districts.
 */
package org.socialvaluehub.shared;
