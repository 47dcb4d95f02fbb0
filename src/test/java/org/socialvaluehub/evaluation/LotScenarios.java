package org.socialvaluehub.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.evaluation.bids.Bids;
import org.socialvaluehub.evaluation.common.Evaluation;
import org.socialvaluehub.evaluation.model.EvaluationModel;
import org.socialvaluehub.evaluation.model.EvaluationModels;
import org.socialvaluehub.evaluation.model.Question;
import org.socialvaluehub.opportunities.NewOpportunity;
import org.socialvaluehub.opportunities.Opportunities;
import org.socialvaluehub.opportunities.OpportunityKind;
import org.socialvaluehub.opportunities.OpportunityStatus;
import org.socialvaluehub.organisations.OrganisationKind;
import org.socialvaluehub.shared.Role;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.stereotype.Component;

/**
 * Test fixture: an open opportunity with two lots, each with its own model (lot 1 weighs price 50%, asks a
 * quality question and scores a measure; lot 2 weighs price 70% and asks a social value question). Supplier A
 * bids for both lots, supplier B for lot 1 only; every bid carries a unique marker.
 */
@Component
public class LotScenarios {

    private final People people;
    private final Evaluations evaluations;
    private final Opportunities opportunities;
    private final EvaluationModels models;
    private final Bids bids;

    LotScenarios(
            People people, Evaluations evaluations, Opportunities opportunities, EvaluationModels models, Bids bids) {
        this.people = people;
        this.evaluations = evaluations;
        this.opportunities = opportunities;
        this.models = models;
        this.bids = bids;
    }

    /** The opportunity, its people, and the markers of A's lot 1 bid, B's lot 1 bid and A's lot 2 bid. */
    public record Scenario(
            long opportunityId,
            long buyerId,
            String buyerEmail,
            String evaluatorEmail,
            List<Long> supplierIds,
            List<String> supplierEmails,
            List<String> markers) {}

    public Scenario openWithLots(Instant deadline) {
        long buyer = people.organisation(OrganisationKind.BUYER, "Lotting Council");
        String buyerEmail = people.person("lot-buyer", buyer, Role.BUYER);
        String evaluatorEmail = people.person("lot-evaluator", buyer, Role.EVALUATOR);
        long id = opportunities.create(new NewOpportunity(
                buyer,
                "Grounds and buildings",
                "Two lots",
                OpportunityKind.CONTRACT,
                List.of(),
                new BigDecimal("800000"),
                null,
                deadline,
                List.of("Grounds maintenance", "Building repairs")));
        SignedInUser buyerUser = evaluations.user(buyer, buyerEmail, Role.BUYER);
        List<Evaluation> drafts = Evaluation.of(opportunities.find(id).orElseThrow());
        List<String> rubric = List.of("none", "poor", "fair", "good", "excellent");
        models.saveWeights(
                drafts.get(0), new BigDecimal(50), new BigDecimal(30), new BigDecimal(20), rubric, buyerUser);
        models.addQuestion(
                drafts.get(0),
                Question.Section.QUALITY,
                "How will you care for the parks?",
                "",
                BigDecimal.ONE,
                buyerUser);
        models.addMeasure(drafts.get(0), "JS04", "value-over-best", null, BigDecimal.ONE, buyerUser);
        models.saveWeights(drafts.get(1), new BigDecimal(70), BigDecimal.ZERO, new BigDecimal(30), rubric, buyerUser);
        models.addQuestion(
                drafts.get(1),
                Question.Section.SOCIAL,
                "How will repairs train apprentices?",
                "",
                BigDecimal.ONE,
                buyerUser);
        List<Evaluation> lots = Evaluation.of(opportunities.moveTo(id, OpportunityStatus.OPEN));
        List<Long> suppliers = List.of(
                people.organisation(OrganisationKind.SUPPLIER, "Green Lots Ltd"),
                people.organisation(OrganisationKind.SUPPLIER, "Parks Co-op"));
        List<String> emails = suppliers.stream()
                .map(s -> people.person("lot-bidder", s, Role.SUPPLIER))
                .toList();
        String stamp = "LOTMARK-" + System.nanoTime();
        List<String> markers = List.of(stamp + "-A1", stamp + "-B1", stamp + "-A2");
        bid(lots.get(0), suppliers.get(0), emails.get(0), "300000", markers.get(0), 5);
        bid(lots.get(0), suppliers.get(1), emails.get(1), "280000", markers.get(1), 2);
        bid(lots.get(1), suppliers.get(0), emails.get(0), "150000", markers.get(2), 0);
        return new Scenario(id, buyer, buyerEmail, evaluatorEmail, suppliers, emails, markers);
    }

    public Evaluation lot(Scenario scenario, int number) {
        return Evaluation.of(opportunities.find(scenario.opportunityId()).orElseThrow())
                .get(number - 1);
    }

    private void bid(Evaluation lot, long supplier, String email, String price, String marker, int jobs) {
        SignedInUser user = evaluations.user(supplier, email, Role.SUPPLIER);
        EvaluationModel model = models.find(lot).orElseThrow();
        bids.saveDraft(
                lot,
                model,
                supplier,
                new BigDecimal(price),
                Map.of(model.questions().get(0).id(), marker + " answer"),
                user);
        if (!model.measures().isEmpty()) {
            bids.addCommitment(lot, supplier, "JS04", new BigDecimal(jobs), null, "OX4", user);
        }
        bids.submit(lot, model, supplier, user).ifPresent(e -> {
            throw new IllegalStateException(e);
        });
    }
}
