/**
 * Small value types every module uses: roles, the signed-in person, postcode districts; and the
 * {@link org.socialvaluehub.shared.PersonalDataHolder} each module that holds person data provides.
 */
package org.socialvaluehub.shared;
