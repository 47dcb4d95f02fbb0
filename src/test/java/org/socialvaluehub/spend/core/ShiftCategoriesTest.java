package org.socialvaluehub.spend.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.spend.core.ShiftCategories.Candidate;
import org.socialvaluehub.spend.core.ShiftCategories.Category;
import org.socialvaluehub.spend.core.ShiftCategories.Spend;

class ShiftCategoriesTest {

    private static final List<Candidate> LOCAL = List.of(
            new Candidate("Wolvercote Catering CIC", List.of("55520000")),
            new Candidate("Cowley Cleaners", List.of("90910000", "90911000")),
            new Candidate("Abingdon Meals", List.of("55300000", "15000000")));

    @Test
    void groupsOutOfAreaSpendByCpvDivisionBesideLocalSuppliersOfTheSameDivision() {
        var result = ShiftCategories.find(
                List.of(
                        new Spend(90_000, true, false, List.of("55520000")),
                        new Spend(10_000, true, true, List.of("55300000")),
                        new Spend(40_000, true, false, List.of("90910000")),
                        new Spend(70_000, true, false, List.of("34100000"))),
                LOCAL,
                5);

        assertThat(result.categories())
                .containsExactly(
                        new Category("55", 90_000, 10_000, 2, List.of("Abingdon Meals", "Wolvercote Catering CIC")),
                        new Category("90", 40_000, 0, 1, List.of("Cowley Cleaners")));
        assertThat(result.unclassifiedPence()).isZero();
    }

    @Test
    void spendWithoutMatchCategoryOrLocationIsReportedAsUnclassifiedNotDropped() {
        var result = ShiftCategories.find(
                List.of(
                        new Spend(5_000, false, null, List.of()),
                        new Spend(7_000, true, false, List.of()),
                        new Spend(11_000, true, null, List.of("55520000")),
                        new Spend(20_000, true, false, List.of("55520000"))),
                LOCAL,
                5);

        assertThat(result.unmatchedPence()).isEqualTo(5_000);
        assertThat(result.uncategorisedPence()).isEqualTo(7_000);
        assertThat(result.unplacedPence()).isEqualTo(11_000);
        assertThat(result.unclassifiedPence()).isEqualTo(23_000);
        assertThat(result.categories()).extracting(Category::outOfAreaPence).containsExactly(20_000L);
    }

    @Test
    void splitsASupplierInSeveralDivisionsEvenlyKeepingEveryPenny() {
        var result = ShiftCategories.find(
                List.of(new Spend(10_001, true, false, List.of("15000000", "55520000"))), LOCAL, 5);

        assertThat(result.categories()).extracting(Category::outOfAreaPence).containsExactlyInAnyOrder(5_001L, 5_000L);
    }

    @Test
    void listsNoCategoryWithoutALocalSupplierOrWithoutOutOfAreaSpend() {
        var result = ShiftCategories.find(
                List.of(
                        new Spend(50_000, true, false, List.of("45000000")),
                        new Spend(50_000, true, true, List.of("90910000"))),
                LOCAL,
                5);

        assertThat(result.categories()).isEmpty();
    }

    @Test
    void showsAtMostTheAskedNumberOfCategoriesAndNames() {
        var many = List.of(
                new Candidate("A", List.of("55000000")),
                new Candidate("B", List.of("55000000")),
                new Candidate("C", List.of("90000000")));
        var result = ShiftCategories.find(
                List.of(new Spend(3, true, false, List.of("55000000")), new Spend(9, true, false, List.of("90000000"))),
                many,
                1);

        assertThat(result.categories()).containsExactly(new Category("90", 9, 0, 1, List.of("C")));
        var names = ShiftCategories.find(List.of(new Spend(3, true, false, List.of("55000000"))), many, 1);
        assertThat(names.categories().get(0).supplierCount()).isEqualTo(2);
        assertThat(names.categories().get(0).suppliers()).containsExactly("A");
    }
}
