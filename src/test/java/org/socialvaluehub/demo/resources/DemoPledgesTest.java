package org.socialvaluehub.demo.resources;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.demo.DemoPartnershipLoaded;
import org.socialvaluehub.organisations.OrganisationKind;
import org.socialvaluehub.resources.pledges.Charter;
import org.socialvaluehub.resources.pledges.Commitment;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo's pledges tell one story: progress is recorded against the pledge it describes, and firms differ. */
@HubTest
class DemoPledgesTest {

    @Autowired
    DemoPledges demo;

    @Autowired
    Charter charter;

    @Autowired
    People people;

    @Test
    void eachProgressTextSitsOnThePledgeItDescribesAndTheSuppliersBidCountsDiffer() {
        List<Long> buyers = new ArrayList<>();
        List<Long> suppliers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            buyers.add(people.organisation(OrganisationKind.BUYER, "Demo Pledges Council"));
            suppliers.add(people.organisation(OrganisationKind.SUPPLIER, "Demo Pledges Ltd"));
        }

        demo.on(new DemoPartnershipLoaded(buyers, suppliers));

        List<String> supplierProgress = new ArrayList<>();
        for (long supplier : suppliers) {
            Commitment recorded = recorded(supplier);
            assertThat(recorded.title()).isEqualTo("Make a social value offer in every bid");
            assertThat(recorded.progress()).matches("Offers made in \\d+ of \\d+ bids this year");
            supplierProgress.add(recorded.progress());
        }
        assertThat(supplierProgress).doesNotHaveDuplicates();
        assertThat(recorded(buyers.get(0)).title()).isEqualTo("Publish a forward pipeline of contracts");
        assertThat(recorded(buyers.get(0)).progress())
                .isNotEqualTo(recorded(buyers.get(1)).progress());
    }

    private Commitment recorded(long organisationId) {
        List<Commitment> withProgress = charter.commitments(organisationId, charter.currentYear()).stream()
                .filter(c -> c.progress() != null && !c.progress().isBlank())
                .toList();
        assertThat(withProgress).hasSize(1);
        return withProgress.get(0);
    }
}
