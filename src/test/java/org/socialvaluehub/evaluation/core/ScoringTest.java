package org.socialvaluehub.evaluation.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.socialvaluehub.evaluation.core.Direction.BENEFIT;
import static org.socialvaluehub.evaluation.core.Direction.COST;
import static org.socialvaluehub.evaluation.core.Matrices.scored;

import org.junit.jupiter.api.Test;

class ScoringTest {

    private static final org.assertj.core.data.Offset<Double> EXACT = within(1e-12);

    @Test
    void lowestOverValueGivesTheCheapestBidOneAndOthersLowestDividedByTheirPrice() {
        // 100/100 = 1, 100/200 = 0.5, 100/400 = 0.25
        assertThat(scored(new LowestOverValue(), COST, 100, 200, 400))
                .containsExactly(new double[] {1, 0.5, 0.25}, EXACT);
    }

    @Test
    void lowestOverValueGivesAZeroPriceOneAndEveryOtherBidZero() {
        // lowest = 0: the free bid scores 1 (it is the lowest), the other 0/50 = 0; never 0/0
        assertThat(scored(new LowestOverValue(), COST, 0, 50)).containsExactly(new double[] {1, 0}, EXACT);
    }

    @Test
    void valueOverBestDividesByTheHighestValue() {
        // best = 5: 2/5 = 0.4, 5/5 = 1, 0/5 = 0
        assertThat(scored(new ValueOverBest(), BENEFIT, 2, 5, 0)).containsExactly(new double[] {0.4, 1, 0}, EXACT);
    }

    @Test
    void valueOverBestScoresEveryoneZeroWhenNobodyOffersAnything() {
        assertThat(scored(new ValueOverBest(), BENEFIT, 0, 0)).containsExactly(new double[] {0, 0}, EXACT);
    }

    @Test
    void monetisedOverBestDividesTheMonetisedValueByTheHighest() {
        // £10,000 / £40,000 = 0.25, £40,000 / £40,000 = 1
        assertThat(scored(new MonetisedOverBest(), BENEFIT, 10_000, 40_000))
                .containsExactly(new double[] {0.25, 1}, EXACT);
    }

    @Test
    void scaleDividesByTheTopOfTheScale() {
        // 72/100 = 0.72, 100/100 = 1, 0/100 = 0
        assertThat(scored(new ScaleScoring(100), BENEFIT, 72, 100, 0))
                .containsExactly(new double[] {0.72, 1, 0}, EXACT);
    }

    @Test
    void scaleRefusesAMarkAboveTheTopOfTheScaleNamingTheBid() {
        assertThatThrownBy(() -> scored(new ScaleScoring(100), BENEFIT, 72, 120))
                .isInstanceOf(InvalidDecisionMatrixException.class)
                .hasMessage("criterion 'c': alternative 'B' has 120, above the top of the scale (100)");
    }

    @Test
    void minMaxIsLinearBetweenWorstAndBestInEitherDirection() {
        // range 40 − 10 = 30; benefit (x − 10)/30: 0, 1/3, 1; cost (40 − x)/30: 1, 2/3, 0
        assertThat(scored(new MinMaxScoring(), BENEFIT, 10, 20, 40))
                .containsExactly(new double[] {0, 1.0 / 3, 1}, EXACT);
        assertThat(scored(new MinMaxScoring(), COST, 10, 20, 40)).containsExactly(new double[] {1, 2.0 / 3, 0}, EXACT);
    }

    @Test
    void minMaxScoresEveryoneOneWhenAllValuesAreEqual() {
        assertThat(scored(new MinMaxScoring(), BENEFIT, 5, 5)).containsExactly(new double[] {1, 1}, EXACT);
    }

    @Test
    void vectorDividesByTheColumnLengthAndTurnsCostsRound() {
        // √(3² + 4²) = 5: benefit 3/5 = 0.6, 4/5 = 0.8; cost 1 − 0.6 = 0.4, 1 − 0.8 = 0.2
        assertThat(scored(new VectorScoring(), BENEFIT, 3, 4)).containsExactly(new double[] {0.6, 0.8}, EXACT);
        assertThat(scored(new VectorScoring(), COST, 3, 4)).containsExactly(new double[] {0.4, 0.2}, EXACT);
    }

    @Test
    void vectorTakesAnAllZeroColumnAsNoShare() {
        assertThat(scored(new VectorScoring(), BENEFIT, 0, 0)).containsExactly(new double[] {0, 0}, EXACT);
        assertThat(scored(new VectorScoring(), COST, 0, 0)).containsExactly(new double[] {1, 1}, EXACT);
    }

    @Test
    void sumGivesSharesOfTheTotalAndForCostsSharesOfTheReciprocals() {
        // benefit: 1/4 = 0.25, 3/4 = 0.75; cost: 1/x = 1 and 1/3, Σ = 4/3, so 1 ÷ 4/3 = 0.75, 1/3 ÷ 4/3 = 0.25
        assertThat(scored(new SumScoring(), BENEFIT, 1, 3)).containsExactly(new double[] {0.25, 0.75}, EXACT);
        assertThat(scored(new SumScoring(), COST, 1, 3)).containsExactly(new double[] {0.75, 0.25}, EXACT);
    }

    @Test
    void sumLetsZeroCostBidsShareOneAndScoresAnAllZeroBenefitColumnZero() {
        assertThat(scored(new SumScoring(), COST, 0, 0, 5)).containsExactly(new double[] {0.5, 0.5, 0}, EXACT);
        assertThat(scored(new SumScoring(), BENEFIT, 0, 0)).containsExactly(new double[] {0, 0}, EXACT);
    }

    @Test
    void targetPerMillionComparesWithTheTargetForTheContractValueCappedAtOne() {
        // 2 per £1m on a £2.5m contract: expected 2 × 2.5 = 5; 3/5 = 0.6, 5/5 = 1, 8/5 = 1.6 capped to 1
        assertThat(scored(new TargetPerMillion(2, 2_500_000), BENEFIT, 3, 5, 8))
                .containsExactly(new double[] {0.6, 1, 1}, EXACT);
    }

    @Test
    void ratioScoringsRefuseNegativeValuesNamingCriterionAndBid() {
        assertThatThrownBy(() -> scored(new ValueOverBest(), BENEFIT, 3, -1))
                .hasMessage("criterion 'c': alternative 'B' has a negative value (-1); value-over-best needs values"
                        + " of zero or more");
    }

    @Test
    void aScoringForCostsIsRefusedOnABenefitCriterion() {
        assertThatThrownBy(() -> new Criterion("quality", BENEFIT, 1, new LowestOverValue()))
                .hasMessage("criterion 'quality': scoring lowest-over-value is for cost criteria, but the direction"
                        + " is benefit");
    }

    @Test
    void scoringsAreFoundByTheirPublishedNames() {
        assertThat(Scoring.named("scale", "q", new Scoring.Parameters(100.0, null, null)))
                .isEqualTo(new ScaleScoring(100));
        assertThat(Scoring.named("target-per-million", "a", new Scoring.Parameters(null, 2.0, 3e6)))
                .isEqualTo(new TargetPerMillion(2, 3e6));
        assertThat(Scoring.NAMES)
                .allSatisfy(name -> assertThat(Scoring.named(name, "c", new Scoring.Parameters(1.0, 1.0, 1.0))
                                .name())
                        .isEqualTo(name));
    }

    @Test
    void unknownScoringNamesAndMissingSettingsAreRefused() {
        assertThatThrownBy(() -> Scoring.named("best", "price", Scoring.Parameters.NONE))
                .hasMessageStartingWith("criterion 'price': unknown scoring 'best'; use one of lowest-over-value,");
        assertThatThrownBy(() -> Scoring.named("scale", "quality", Scoring.Parameters.NONE))
                .hasMessage("criterion 'quality': scoring scale needs scaleMax greater than zero");
    }
}
