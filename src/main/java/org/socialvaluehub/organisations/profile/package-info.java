/** Profile pages beyond the basics: an organisation's sites and the CPV categories it supplies. */
package org.socialvaluehub.organisations.profile;
