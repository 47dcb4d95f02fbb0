package org.socialvaluehub.measures.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How strong the evidence behind a proxy value is: bronze (indicative), silver, gold (official or peer-reviewed). */
public enum EvidenceGrade {
    BRONZE,
    SILVER,
    GOLD;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<EvidenceGrade> fromText(String text) {
        String wanted = text == null ? "" : text.strip();
        return Arrays.stream(values())
                .filter(g -> g.name().equalsIgnoreCase(wanted))
                .findFirst();
    }
}
