package org.socialvaluehub.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CpvCatalogueTest {

    private static final CpvCatalogue CATALOGUE = new CpvCatalogue();

    @Test
    void readsAllCodesDespiteTheByteOrderMark() {
        assertThat(CATALOGUE.size()).isEqualTo(9454);
        assertThat(CATALOGUE.find("03000000")).map(CpvCatalogue.Entry::label)
                .hasValue("Agricultural, farming, fishing, forestry and related products");
    }

    @Test
    void searchesByWordsOrDigitsIgnoringTheCheckDigit() {
        assertThat(CATALOGUE.search("office cleaning", 10)).extracting(CpvCatalogue.Entry::digits).contains("90919200");
        assertThat(CATALOGUE.search("90910000-3", 10)).extracting(CpvCatalogue.Entry::code).containsExactly("90910000-9");
        assertThat(CATALOGUE.search("x", 10)).isEmpty();
    }
}
