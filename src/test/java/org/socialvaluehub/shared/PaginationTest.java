package org.socialvaluehub.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PaginationTest {

    private static String shown(Pagination pagination) {
        return String.join(
                " ",
                pagination.items().stream()
                        .map(item -> item.gap() ? "…" : item.current() ? "[" + item.number() + "]" : "" + item.number())
                        .toList());
    }

    @Test
    void showsTheFirstAndLastPagesThoseEitherSideOfThisOneAndAGapForTheRest() {
        Pagination middle = Pagination.of(6, 12, n -> "/list?page=" + n);

        assertThat(shown(middle)).isEqualTo("1 … 5 [6] 7 … 12");
        assertThat(middle.previous()).isEqualTo("/list?page=5");
        assertThat(middle.next()).isEqualTo("/list?page=7");
    }

    @Test
    void theFirstPageHasNoPreviousAndTheLastNoNext() {
        assertThat(Pagination.of(1, 3, n -> "p" + n).previous()).isNull();
        assertThat(Pagination.of(3, 3, n -> "p" + n).next()).isNull();
        assertThat(shown(Pagination.of(1, 3, n -> "p" + n))).isEqualTo("[1] 2 3");
    }

    @Test
    void countsPagesRoundingUpWithAtLeastOne() {
        assertThat(Pagination.pagesFor(0, 20)).isEqualTo(1);
        assertThat(Pagination.pagesFor(40, 20)).isEqualTo(2);
        assertThat(Pagination.pagesFor(41, 20)).isEqualTo(3);
    }
}
