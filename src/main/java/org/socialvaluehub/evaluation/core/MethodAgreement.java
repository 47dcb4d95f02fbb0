package org.socialvaluehub.evaluation.core;

import java.util.HashSet;
import java.util.List;

/**
 * The cross-check of the decision: the bids ranked first under the weighted sum, TOPSIS and VIKOR (more than
 * one where they tie), and whether all three methods pick the same.
 */
public record MethodAgreement(List<String> weightedSumWinners, List<String> topsisWinners, List<String> vikorWinners) {

    public MethodAgreement {
        weightedSumWinners = List.copyOf(weightedSumWinners);
        topsisWinners = List.copyOf(topsisWinners);
        vikorWinners = List.copyOf(vikorWinners);
    }

    public boolean agree() {
        return new HashSet<>(weightedSumWinners).equals(new HashSet<>(topsisWinners))
                && new HashSet<>(weightedSumWinners).equals(new HashSet<>(vikorWinners));
    }
}
