/**
 * Mail: every e-mail the hub sends, through SMTP when one is configured, and otherwise to an
 * outbox coordinators can read, so a demo works with no mail server.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.socialvaluehub.mail;
