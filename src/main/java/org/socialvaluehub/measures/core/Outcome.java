package org.socialvaluehub.measures.core;

import java.util.List;

/**
 * A change the partnership wants to see, under one theme, with its references to the UK government
 * Social Value Model (PPN 002) and the UN Sustainable Development Goals (numbers 1 to 17).
 */
public record Outcome(
        String code, String themeCode, String name, List<String> socialValueModelRefs, List<Integer> sdgs) {

    public Outcome {
        socialValueModelRefs = List.copyOf(socialValueModelRefs);
        sdgs = List.copyOf(sdgs);
    }
}
