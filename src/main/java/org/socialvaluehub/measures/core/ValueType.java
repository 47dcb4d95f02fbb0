package org.socialvaluehub.measures.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Whose gain a money value measures, so values of different kinds are shown apart and never added:
 * social value counts towards net present social value, a fiscal value is a saving to government, and
 * an economic value is wages or transfers, which HM Treasury's Green Book (2022, paragraphs 6.7–6.10)
 * leaves out of net present social value.
 */
public enum ValueType {
    SOCIAL,
    FISCAL,
    ECONOMIC;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ValueType> fromText(String text) {
        String wanted = text == null ? "" : text.strip();
        return Arrays.stream(values())
                .filter(type -> type.name().equalsIgnoreCase(wanted))
                .findFirst();
    }

    public static String allowedCodes() {
        return Arrays.stream(values()).map(ValueType::code).collect(Collectors.joining(", "));
    }
}
