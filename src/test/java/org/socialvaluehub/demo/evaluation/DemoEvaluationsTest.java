package org.socialvaluehub.demo.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.demo.DemoPartnershipLoaded;
import org.socialvaluehub.evaluation.bids.SealedBids;
import org.socialvaluehub.evaluation.common.Evaluation;
import org.socialvaluehub.opportunities.Opportunities;
import org.socialvaluehub.opportunities.Opportunity;
import org.socialvaluehub.opportunities.OpportunityStatus;
import org.socialvaluehub.organisations.OrganisationKind;
import org.socialvaluehub.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo's evaluations go in through the evaluation module's public services, from model to award. */
@HubTest
class DemoEvaluationsTest {

    @Autowired
    DemoEvaluations demo;

    @Autowired
    Opportunities opportunities;

    @Autowired
    SealedBids sealed;

    @Autowired
    People people;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theFirstDemoBuyerHasAnAwardedEvaluationAndOneOpenInTwoLots() throws Exception {
        long buyer = people.organisation(OrganisationKind.BUYER, "Demo Evaluation Council");
        people.person("demo-eval-buyer", buyer, Role.BUYER);
        people.person("demo-eval-approver", buyer, Role.ORG_ADMIN);
        people.person("demo-eval-one", buyer, Role.EVALUATOR);
        people.person("demo-eval-two", buyer, Role.EVALUATOR);
        List<Long> suppliers = List.of(
                people.organisation(OrganisationKind.SUPPLIER, "Demo Evaluation A Ltd"),
                people.organisation(OrganisationKind.SUPPLIER, "Demo Evaluation B Ltd"),
                people.organisation(OrganisationKind.SUPPLIER, "Demo Evaluation C Ltd"));
        for (long supplier : suppliers) {
            people.person("demo-eval-bidder", supplier, Role.SUPPLIER);
        }

        demo.on(new DemoPartnershipLoaded(List.of(buyer), suppliers));

        Map<String, Opportunity> byTitle = jdbc
                .sql("select id from opp_opportunity where buyer_id = :b")
                .param("b", buyer)
                .query(Long.class)
                .list()
                .stream()
                .map(id -> opportunities.find(id).orElseThrow())
                .collect(Collectors.toMap(Opportunity::title, o -> o));
        Opportunity cleaning = byTitle.get("Demo: cleaning of the county hall");
        assertThat(cleaning.status()).isEqualTo(OpportunityStatus.AWARDED);
        assertThat(sealed.opened(Evaluation.whole(cleaning))).hasSize(3);
        Opportunity transport = byTitle.get("Demo: community transport for older residents");
        assertThat(transport.status()).isEqualTo(OpportunityStatus.OPEN);
        assertThat(Evaluation.of(transport))
                .hasSize(2)
                .allSatisfy(lot -> assertThat(sealed.received(lot)).isEqualTo(1));
    }
}
