package org.socialvaluehub.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.socialvaluehub.accounts.Accounts;
import org.socialvaluehub.accounts.Contact;
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

/** Test fixture: a buyer with a published model, suppliers with bids carrying unique markers, and evaluators. */
@Component
public class Evaluations {

    private final People people;
    private final Accounts accounts;
    private final Opportunities opportunities;
    private final EvaluationModels models;
    private final Bids bids;

    Evaluations(People people, Accounts accounts, Opportunities opportunities, EvaluationModels models, Bids bids) {
        this.people = people;
        this.accounts = accounts;
        this.opportunities = opportunities;
        this.models = models;
        this.bids = bids;
    }

    /** One opportunity under evaluation and everyone involved. */
    public record Scenario(
            long opportunityId,
            long buyerId,
            String buyerEmail,
            List<String> evaluatorEmails,
            List<Long> supplierIds,
            List<String> supplierEmails,
            List<String> markers) {}

    /**
     * An open opportunity with a model (one quality and one social value question, one measure) and two submitted bids.
     */
    public Scenario openWithBids(Instant deadline) {
        long buyer = people.organisation(OrganisationKind.BUYER, "Evaluating Council");
        String buyerEmail = people.person("eval-buyer", buyer, Role.BUYER);
        List<String> evaluatorEmails = List.of(
                people.person("eval-one", buyer, Role.EVALUATOR), people.person("eval-two", buyer, Role.EVALUATOR));
        long id = opportunities.create(new NewOpportunity(
                buyer,
                "Evaluated cleaning contract",
                "Cleaning",
                OpportunityKind.CONTRACT,
                List.of(),
                new BigDecimal("500000"),
                null,
                deadline,
                List.of()));
        SignedInUser buyerUser = user(buyer, buyerEmail, Role.BUYER);
        Evaluation draft = Evaluation.whole(opportunities.find(id).orElseThrow());
        models.saveWeights(
                draft,
                new BigDecimal(50),
                new BigDecimal(30),
                new BigDecimal(20),
                List.of("none", "poor", "fair", "good", "excellent"),
                buyerUser);
        models.addQuestion(
                draft, Question.Section.QUALITY, "How will you keep standards?", "", BigDecimal.ONE, buyerUser);
        models.addQuestion(draft, Question.Section.SOCIAL, "How will you hire locally?", "", BigDecimal.ONE, buyerUser);
        models.addMeasure(draft, "JS04", "value-over-best", null, BigDecimal.ONE, buyerUser)
                .ifPresent(e -> {
                    throw new IllegalStateException(e);
                });
        Evaluation open = Evaluation.whole(opportunities.moveTo(id, OpportunityStatus.OPEN));
        EvaluationModel model = models.find(open).orElseThrow();
        List<Long> suppliers = List.of(
                people.organisation(OrganisationKind.SUPPLIER, "Bidding Cleaners"),
                people.organisation(OrganisationKind.SUPPLIER, "Sparkle Co-op"));
        List<String> supplierEmails = suppliers.stream()
                .map(s -> people.person("bidder", s, Role.SUPPLIER))
                .toList();
        List<String> markers = List.of("MARKER-" + System.nanoTime() + "-A", "MARKER-" + System.nanoTime() + "-B");
        for (int i = 0; i < 2; i++) {
            SignedInUser supplier = user(suppliers.get(i), supplierEmails.get(i), Role.SUPPLIER);
            Map<Long, String> answers = Map.of(
                    model.questions().get(0).id(),
                    markers.get(i) + " quality answer",
                    model.questions().get(1).id(),
                    markers.get(i) + " local hiring answer");
            bids.saveDraft(
                    open, model, suppliers.get(i), new BigDecimal(i == 0 ? "400000" : "450000"), answers, supplier);
            bids.addCommitment(open, suppliers.get(i), "JS04", new BigDecimal(i == 0 ? 3 : 12), null, "OX4", supplier);
            bids.submit(open, model, suppliers.get(i), supplier).ifPresent(e -> {
                throw new IllegalStateException(e);
            });
        }
        return new Scenario(id, buyer, buyerEmail, evaluatorEmails, suppliers, supplierEmails, markers);
    }

    /**
     * A deadline an hour ahead, however slow the machine: tests get past it by moving the
     * {@link org.socialvaluehub.AdjustableClock} on, not by waiting.
     */
    public static Instant closingSoon() {
        return Instant.now().plusSeconds(3600);
    }

    public Instant deadlineOf(Scenario scenario) {
        return opportunities.find(scenario.opportunityId()).orElseThrow().deadline();
    }

    /** Changes bidder i's price before the deadline and submits its bid again. */
    public void reprice(Scenario scenario, int i, String price) {
        Evaluation open =
                Evaluation.whole(opportunities.find(scenario.opportunityId()).orElseThrow());
        EvaluationModel model = models.find(open).orElseThrow();
        long supplierId = scenario.supplierIds().get(i);
        SignedInUser supplier = user(supplierId, scenario.supplierEmails().get(i), Role.SUPPLIER);
        bids.saveDraft(open, model, supplierId, new BigDecimal(price), Map.of(), supplier);
        bids.submit(open, model, supplierId, supplier).ifPresent(e -> {
            throw new IllegalStateException(e);
        });
    }

    /** A colleague of the buyer who did not record the decision, to approve it (nobody approves their own). */
    public SignedInUser approver(long buyerId) {
        return user(buyerId, people.person("eval-approver", buyerId, Role.BUYER), Role.BUYER);
    }

    public SignedInUser user(long organisationId, String email, Role role) {
        Contact member = accounts.membersWithRole(organisationId, role).stream()
                .filter(m -> m.email().equals(email))
                .findFirst()
                .orElseThrow();
        return new SignedInUser(member.id(), email, member.displayName(), false, Map.of(organisationId, Set.of(role)));
    }
}
