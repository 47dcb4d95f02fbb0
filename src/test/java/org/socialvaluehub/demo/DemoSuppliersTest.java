package org.socialvaluehub.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.organisations.LegalForm;
import org.socialvaluehub.organisations.NewOrganisation;
import org.socialvaluehub.organisations.SizeBand;
import org.socialvaluehub.shared.PostcodeDistrict;

class DemoSuppliersTest {

    private final List<DemoArea.District> area = DemoArea.oxfordshire();

    @Test
    void sameSeedGivesTheSameSuppliers() {
        assertThat(DemoSuppliers.generate(300, area, 7)).isEqualTo(DemoSuppliers.generate(300, area, 7));
    }

    @Test
    void suppliersHaveUniqueNamesAndValidPostcodesInsideTheArea() {
        List<NewOrganisation> suppliers = DemoSuppliers.generate(300, area, DemoData.SEED);
        assertThat(suppliers).hasSize(300);
        assertThat(suppliers.stream().map(NewOrganisation::name).distinct()).hasSize(300);
        List<String> districts = area.stream().map(DemoArea.District::code).toList();
        assertThat(suppliers).allSatisfy(s -> {
            assertThat(PostcodeDistrict.normaliseFull(s.postcode())).contains(s.postcode());
            assertThat(districts)
                    .contains(PostcodeDistrict.parse(s.postcode()).orElseThrow().code());
        });
    }

    @Test
    void mixOfLegalFormsAndSizesIsRealistic() {
        List<NewOrganisation> suppliers = DemoSuppliers.generate(300, area, DemoData.SEED);
        Map<LegalForm, Long> forms =
                suppliers.stream().collect(Collectors.groupingBy(NewOrganisation::legalForm, Collectors.counting()));
        Map<SizeBand, Long> sizes =
                suppliers.stream().collect(Collectors.groupingBy(NewOrganisation::sizeBand, Collectors.counting()));
        assertThat(forms.keySet())
                .contains(
                        LegalForm.COMPANY,
                        LegalForm.CIC,
                        LegalForm.CHARITY,
                        LegalForm.COOPERATIVE,
                        LegalForm.SOLE_TRADER);
        assertThat(sizes.get(SizeBand.MICRO)).isGreaterThan(sizes.get(SizeBand.SMALL));
        assertThat(sizes.get(SizeBand.SMALL)).isGreaterThan(sizes.getOrDefault(SizeBand.LARGE, 0L));
        assertThat(suppliers.stream()
                        .map(s -> s.postcode().split(" ")[0])
                        .distinct()
                        .count())
                .isGreaterThan(20);
    }

    @Test
    void demoBuyersAreAtLeastSix() {
        assertThat(DemoBuyers.ALL)
                .hasSizeGreaterThanOrEqualTo(6)
                .extracting(NewOrganisation::name)
                .doesNotHaveDuplicates();
        assertThat(DemoAccounts.ALL.stream()
                        .map(DemoAccounts.DemoAccount::email)
                        .collect(Collectors.toMap(Function.identity(), e -> 1)))
                .containsKeys(
                        "coordinator@demo.example",
                        "buyer@demo.example",
                        "buyer-admin@demo.example",
                        "evaluator@demo.example",
                        "supplier@demo.example");
    }
}
