package org.socialvaluehub.organisations.credentials;

import java.util.List;
import org.springframework.modulith.NamedInterface;

/** A kind of credential (Real Living Wage employer, B Corp, ...), with the levels it comes in, if any. */
@NamedInterface("credentials")
public record CredentialType(String code, String name, List<String> levels, boolean builtIn) {}
