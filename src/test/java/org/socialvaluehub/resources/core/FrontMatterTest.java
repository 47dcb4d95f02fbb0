package org.socialvaluehub.resources.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FrontMatterTest {

    @Test
    void readsFieldsListsAndTheBody() {
        FrontMatter file = FrontMatter.parse(
                "---\nslug: pay-well\ntitle: \"Pay: well\"\nroles: BUYER, SUPPLIER\n---\n## Step\n\nText\n");
        assertThat(file.get("slug")).isEqualTo("pay-well");
        assertThat(file.get("title")).isEqualTo("Pay: well");
        assertThat(file.list("roles")).containsExactly("BUYER", "SUPPLIER");
        assertThat(file.list("themes")).isEmpty();
        assertThat(file.body()).isEqualTo("## Step\n\nText\n");
    }

    @Test
    void refusesAFileWithoutFrontMatter() {
        assertThatThrownBy(() -> FrontMatter.parse("# Just text")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FrontMatter.parse("---\nslug: x\n")).isInstanceOf(IllegalArgumentException.class);
    }
}
