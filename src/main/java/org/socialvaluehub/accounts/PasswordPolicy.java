package org.socialvaluehub.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Password rules after the NCSC's guidance ("Password administration for system owners"): a minimum
 * length and a deny list of common passwords, no composition rules and no forced expiry.
 */
@Component
class PasswordPolicy {

    static final int MINIMUM_LENGTH = 10;
    static final int MAXIMUM_LENGTH = 200;

    /** Why a password was refused, as a message key. */
    enum Problem {
        TOO_SHORT("password.tooShort"),
        TOO_LONG("password.tooLong"),
        TOO_COMMON("password.tooCommon"),
        CONTAINS_EMAIL("password.containsEmail");

        final String messageKey;

        Problem(String messageKey) {
            this.messageKey = messageKey;
        }
    }

    private final Set<String> denied = new HashSet<>();
    private final Set<String> baseWords = new HashSet<>();

    PasswordPolicy() {
        try (var reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("accounts/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).forEach(line -> {
                if (line.startsWith("# base:")) {
                    baseWords.addAll(Set.of(line.substring(7).strip().split("\\s+")));
                } else if (!line.isEmpty() && !line.startsWith("#")) {
                    denied.add(line.toLowerCase(Locale.ROOT));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Optional<Problem> check(String password, String email) {
        if (password == null || password.codePointCount(0, password.length()) < MINIMUM_LENGTH) {
            return Optional.of(Problem.TOO_SHORT);
        }
        if (password.length() > MAXIMUM_LENGTH) {
            return Optional.of(Problem.TOO_LONG);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (denied.contains(lower) || isBaseWordWithPadding(lower) || isOneRepeatedCharacter(lower)) {
            return Optional.of(Problem.TOO_COMMON);
        }
        if (email != null && email.contains("@")) {
            String local = email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT);
            if (local.length() >= 4 && lower.contains(local)) {
                return Optional.of(Problem.CONTAINS_EMAIL);
            }
        }
        return Optional.empty();
    }

    private boolean isBaseWordWithPadding(String lower) {
        String stripped = lower.replaceAll("[^a-z@]+$", "").replaceAll("^[^a-z@]+", "");
        return baseWords.contains(stripped);
    }

    private static boolean isOneRepeatedCharacter(String lower) {
        return lower.chars().distinct().count() <= 2;
    }
}
