package org.socialvaluehub.organisations.credentials;

import java.util.List;

/** A kind of credential (Real Living Wage employer, B Corp, ...), with the levels it comes in, if any. */
public record CredentialType(String code, String name, List<String> levels, boolean builtIn) {
}
