package org.socialvaluehub.accounts;

/** A person in an organisation, as other modules list them (for example the evaluators a buyer can name). */
public record Member(long userId, String displayName, String email) {
}
