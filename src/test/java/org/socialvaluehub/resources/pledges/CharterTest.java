package org.socialvaluehub.resources.pledges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.organisations.OrganisationKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@HubTest
class CharterTest {

    @Autowired
    Charter charter;

    @Autowired
    People people;

    @Autowired
    MockMvc mvc;

    @Test
    void renewalCopiesLastYearsPledgesWithProgressAsTheNewBaseline() {
        long org = people.organisation(OrganisationKind.SUPPLIER, "Renewing Supplier");
        List<Pledge> pledges = charter.pledges(true);
        charter.choose(org, 2030, List.of(pledges.get(0).id(), pledges.get(1).id()));
        Commitment first = charter.commitments(org, 2030).get(0);
        charter.record(first.id(), "2 apprentices", "5 apprentices", "https://example.org/report", true);

        assertThat(charter.renew(org, 2031)).isEqualTo(2);
        List<Commitment> renewed = charter.commitments(org, 2031);
        assertThat(renewed)
                .extracting(Commitment::pledgeId)
                .containsExactlyInAnyOrderElementsOf(charter.commitments(org, 2030).stream()
                        .map(Commitment::pledgeId)
                        .toList());
        Commitment carried = renewed.stream()
                .filter(c -> c.pledgeId() == first.pledgeId())
                .findFirst()
                .orElseThrow();
        assertThat(carried.baseline()).isEqualTo("5 apprentices");
        assertThat(carried.progress()).isEmpty();
        assertThat(carried.evidence()).isEmpty();
        assertThat(carried.published()).isTrue();

        assertThat(charter.renew(org, 2031)).as("renewing twice adds nothing").isZero();
        assertThat(charter.commitments(org, 2030)).hasSize(2);
    }

    @Test
    void choosingAgainAddsAndRemovesPledgesForThatYearOnly() {
        long org = people.organisation(OrganisationKind.BUYER, "Choosing Buyer");
        List<Pledge> pledges = charter.pledges(true);
        charter.choose(org, 2030, List.of(pledges.get(0).id()));
        charter.choose(org, 2031, List.of(pledges.get(0).id()));
        charter.choose(org, 2030, List.of(pledges.get(2).id(), pledges.get(3).id()));
        assertThat(charter.commitments(org, 2030))
                .extracting(Commitment::pledgeId)
                .containsExactlyInAnyOrder(pledges.get(2).id(), pledges.get(3).id());
        assertThat(charter.commitments(org, 2031)).hasSize(1);
    }

    @Test
    void publicPagesShowWhoPledgedAndOnlyPublishedProgress() throws Exception {
        long org = people.organisation(OrganisationKind.SUPPLIER, "Pledging Supplier");
        Pledge pledge = charter.pledges(true).get(0);
        Pledge other = charter.pledges(true).get(1);
        charter.choose(org, 2032, List.of(pledge.id(), other.id()));
        List<Commitment> commitments = charter.commitments(org, 2032);
        Commitment open = commitments.stream()
                .filter(c -> c.pledgeId() == pledge.id())
                .findFirst()
                .orElseThrow();
        Commitment secret = commitments.stream()
                .filter(c -> c.pledgeId() == other.id())
                .findFirst()
                .orElseThrow();
        charter.record(open.id(), "none", "Published progress words", "", true);
        charter.record(secret.id(), "none", "Private progress words", "", false);

        String list = mvc.perform(get("/pledges").param("year", "2032"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list)
                .contains("Pledging Supplier", "Published progress words")
                .doesNotContain("Private progress words");
        String page = mvc.perform(get("/pledges/organisations/" + org))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Published progress words", pledge.title(), other.title())
                .doesNotContain("Private progress words");
    }
}
