/**
 * Accounts: people, sign-in, e-mail confirmation, password resets, invitations, the roles they
 * hold per organisation, and the security audit log.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"organisations", "mail"})
package org.socialvaluehub.accounts;
