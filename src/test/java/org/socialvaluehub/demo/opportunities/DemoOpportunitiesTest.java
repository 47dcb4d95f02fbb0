package org.socialvaluehub.demo.opportunities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.demo.DemoPartnershipLoaded;
import org.socialvaluehub.demo.measures.DemoFramework;
import org.socialvaluehub.measures.FrameworkPublishing;
import org.socialvaluehub.opportunities.Clarifications;
import org.socialvaluehub.opportunities.Opportunities;
import org.socialvaluehub.opportunities.Opportunity;
import org.socialvaluehub.opportunities.OpportunityKind;
import org.socialvaluehub.opportunities.OpportunityStatus;
import org.socialvaluehub.organisations.OrganisationKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@HubTest
class DemoOpportunitiesTest {

    @Autowired
    DemoOpportunities demo;

    @Autowired
    Opportunities opportunities;

    @Autowired
    Clarifications clarifications;

    @Autowired
    People people;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FrameworkPublishing publishing;

    @Autowired
    DemoFramework framework;

    @Test
    void theDemoHasPlannedOpenClosedAndAwardedOpportunitiesOfEveryKind() {
        List<Long> buyers = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            buyers.add(people.organisation(OrganisationKind.BUYER, "Demo Buyer"));
        }
        List<Long> suppliers = List.of(
                people.organisation(OrganisationKind.SUPPLIER, "Demo A"),
                people.organisation(OrganisationKind.SUPPLIER, "Demo B"),
                people.organisation(OrganisationKind.SUPPLIER, "Demo C"));

        // The demo pins its opportunities to outcomes of the shipped framework's priority set; other tests in this
        // shared context may have published versions or priority sets without them, so both are made current again.
        publishing.publishCsv(FrameworkPublishing.shippedDefaultCsv(), "The shipped framework again", "test");
        framework.publishPriorities();
        demo.on(new DemoPartnershipLoaded(buyers, suppliers));

        List<Opportunity> all = jdbc
                .sql("select id from opp_opportunity where buyer_id in (:b)")
                .param("b", buyers)
                .query(Long.class)
                .list()
                .stream()
                .map(id -> opportunities.find(id).orElseThrow())
                .toList();
        assertThat(all.stream().map(Opportunity::status).collect(Collectors.toSet()))
                .containsAll(Set.of(
                        OpportunityStatus.PLANNED,
                        OpportunityStatus.OPEN,
                        OpportunityStatus.CLOSED,
                        OpportunityStatus.AWARDED));
        for (OpportunityKind kind : OpportunityKind.values()) {
            assertThat(all.stream().filter(o -> o.kind() == kind).map(Opportunity::status))
                    .as(kind.name())
                    .contains(
                            OpportunityStatus.PLANNED,
                            OpportunityStatus.OPEN,
                            OpportunityStatus.CLOSED,
                            OpportunityStatus.AWARDED);
        }
        assertThat(all).allSatisfy(o -> assertThat(o.frameworkVersion()).isNotNull());
        assertThat(all.stream()
                        .mapToInt(o -> clarifications.published(o.id()).size())
                        .sum())
                .isPositive();
    }
}
