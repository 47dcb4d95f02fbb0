package org.socialvaluehub.accounts;

/** How to reach a person: their account, name and e-mail address. */
public record Contact(long id, String displayName, String email) {}
