/**
 * Accounts: people, sign-in, e-mail confirmation, password resets, invitations, the roles they
 * hold per organisation, and the security audit log. People who leave lose access at once (their
 * sessions end through {@link org.socialvaluehub.accounts.PersonSessions}, and {@link
 * org.socialvaluehub.accounts.PersonLeft} tells other modules); people's rights (access, rectification,
 * erasure) are served by asking every module's {@link org.socialvaluehub.shared.PersonalDataHolder}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"organisations", "mail"})
package org.socialvaluehub.accounts;
