package org.socialvaluehub.spend.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SupplierNamesTest {

    @Test
    void caseAndPunctuationAndLegalSuffixesDoNotMatter() {
        assertThat(SupplierNames.key("E.D.F. ENERGY LIMITED")).isEqualTo("edf energy");
        assertThat(SupplierNames.key("EDF Energy Ltd")).isEqualTo("edf energy");
        assertThat(SupplierNames.key("  The  Brookfield   Trust CIC ")).isEqualTo("brookfield trust");
    }

    @Test
    void ampersandIsAnd() {
        assertThat(SupplierNames.key("Smith & Sons Ltd")).isEqualTo(SupplierNames.key("Smith and Sons Limited"));
    }

    @Test
    void trailingAccountNumbersAreDropped() {
        assertThat(SupplierNames.key("EDF Energy - 9044031649")).isEqualTo("edf energy");
        assertThat(SupplierNames.key("Thames Water (Acc 12345678)")).isEqualTo("thames water");
        assertThat(SupplierNames.key("BT A/C 778899")).isEqualTo("bt");
    }

    @Test
    void tradingNamesAfterTradingAsAreDropped() {
        assertThat(SupplierNames.key("J Archer T/A Brookfield Farm")).isEqualTo("j archer");
    }

    @Test
    void aBareNumberOrBlankHasNoKey() {
        assertThat(SupplierNames.key("   ")).isEmpty();
        assertThat(SupplierNames.key(null)).isEmpty();
    }

    @Test
    void similarityIsOneForTheSameKeyAndLowForDifferentNames() {
        assertThat(SupplierNames.similarity("brookfield farm", "brookfield farm"))
                .isEqualTo(1.0);
        assertThat(SupplierNames.similarity("brookfield farms", "brookfield farm"))
                .isGreaterThan(0.7);
        assertThat(SupplierNames.similarity("brookfield farm", "grey gables hotel"))
                .isLessThan(0.1);
    }
}
