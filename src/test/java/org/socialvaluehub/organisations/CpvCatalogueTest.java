package org.socialvaluehub.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CpvCatalogueTest {

    private static final CpvCatalogue CATALOGUE = new CpvCatalogue();

    @Test
    void readsAllCodesDespiteTheByteOrderMark() {
        assertThat(CATALOGUE.size()).isEqualTo(9454);
        assertThat(CATALOGUE.find("03000000"))
                .map(CpvCatalogue.Entry::label)
                .hasValue("Agricultural, farming, fishing, forestry and related products");
    }

    @Test
    void searchesByWordsOrDigitsIgnoringTheCheckDigit() {
        assertThat(CATALOGUE.search("office cleaning", 10))
                .extracting(CpvCatalogue.Entry::digits)
                .contains("90919200");
        assertThat(CATALOGUE.search("90910000-3", 10))
                .extracting(CpvCatalogue.Entry::code)
                .containsExactly("90910000-9");
        assertThat(CATALOGUE.search("x", 10)).isEmpty();
    }

    @Test
    void ranksCodesByMeaningSoCleaningServicesComeBeforeMachinesForCleaningEggs() {
        List<String> labels = CATALOGUE.search("cleaning", 40).stream()
                .map(CpvCatalogue.Entry::label)
                .toList();

        assertThat(labels.get(0)).startsWith("Cleaning");
        assertThat(labels.subList(0, 5))
                .allMatch(label -> label.startsWith("Cleaning"))
                .noneMatch(l -> l.contains("Machine"));
        assertThat(labels.indexOf("Cleaning services"))
                .isNotNegative()
                .isLessThan(
                        labels.indexOf("Machines for cleaning eggs") < 0
                                ? 40
                                : labels.indexOf("Machines for cleaning eggs"));
        // "Office, school and office equipment cleaning services", then "Office cleaning services".
        assertThat(CATALOGUE.search("office cleaning", 10))
                .extracting(CpvCatalogue.Entry::digits)
                .startsWith("90919000", "90919200");
    }

    @Test
    void aBroaderCodeIsHigherInTheTree() {
        assertThat(CpvMatch.level("45000000")).isEqualTo(2);
        assertThat(CpvMatch.level("45200000")).isEqualTo(3);
        assertThat(CpvMatch.level("90910000")).isEqualTo(4);
        assertThat(CpvMatch.level("16611100")).isEqualTo(6);
    }
}
