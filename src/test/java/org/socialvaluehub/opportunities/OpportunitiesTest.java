package org.socialvaluehub.opportunities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.organisations.OrganisationKind;
import org.springframework.beans.factory.annotation.Autowired;

@HubTest
class OpportunitiesTest {

    @Autowired
    Opportunities opportunities;

    @Autowired
    People people;

    @Test
    void aNewOpportunityIsADraftWithItsLotsInOrder() {
        long buyer = people.organisation(OrganisationKind.BUYER, "Pipeline Council");
        Instant deadline = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        long id = opportunities.create(new NewOpportunity(
                buyer,
                " Grounds maintenance ",
                "Parks and verges",
                OpportunityKind.CONTRACT,
                List.of("77310000"),
                new BigDecimal("250000.00"),
                deadline.minus(7, ChronoUnit.DAYS),
                deadline,
                List.of("North", "South")));

        Opportunity found = opportunities.find(id).orElseThrow();

        assertThat(found.title()).isEqualTo("Grounds maintenance");
        assertThat(found.status()).isEqualTo(OpportunityStatus.DRAFT);
        assertThat(found.cpvCodes()).containsExactly("77310000");
        assertThat(found.deadline()).isEqualTo(deadline);
        assertThat(found.frameworkVersion()).isNull();
        assertThat(found.lots())
                .extracting(Lot::number, Lot::title)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "North"),
                        org.assertj.core.groups.Tuple.tuple(2, "South"));
    }

    @Test
    void openingPinsTheCurrentFrameworkVersionAndTheLifeOnlyGoesForward() {
        long buyer = people.organisation(OrganisationKind.BUYER, "Pinning Council");
        long id = opportunities.create(new NewOpportunity(
                buyer,
                "Community grant",
                null,
                OpportunityKind.GRANT,
                List.of(),
                null,
                null,
                Instant.now().plus(10, ChronoUnit.DAYS),
                List.of()));

        Opportunity open = opportunities.moveTo(id, OpportunityStatus.OPEN);

        assertThat(open.status()).isEqualTo(OpportunityStatus.OPEN);
        assertThat(open.frameworkVersion()).isNotNull();
        assertThatThrownBy(() -> opportunities.moveTo(id, OpportunityStatus.AWARDED))
                .isInstanceOf(IllegalStatusChangeException.class);
        assertThat(opportunities.find(id).orElseThrow().status()).isEqualTo(OpportunityStatus.OPEN);
    }

    @Test
    void sealedUntilTheDeadlineHasPassed() {
        Instant deadline = Instant.parse("2026-12-01T12:00:00Z");
        Opportunity o = new Opportunity(
                1,
                2,
                "t",
                OpportunityKind.LEASE,
                OpportunityStatus.OPEN,
                List.of(),
                null,
                null,
                deadline,
                1,
                List.of());

        assertThat(o.deadlinePassed(deadline.minusSeconds(1))).isFalse();
        assertThat(o.deadlinePassed(deadline)).isTrue();
    }
}
