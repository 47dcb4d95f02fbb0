package org.socialvaluehub.demo.evaluation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.socialvaluehub.demo.DemoPartnershipLoaded;
import org.socialvaluehub.evaluation.bids.Bids;
import org.socialvaluehub.evaluation.common.Evaluation;
import org.socialvaluehub.evaluation.model.EvaluationModel;
import org.socialvaluehub.evaluation.model.EvaluationModels;
import org.socialvaluehub.evaluation.model.Question;
import org.socialvaluehub.opportunities.NewOpportunity;
import org.socialvaluehub.opportunities.Opportunities;
import org.socialvaluehub.opportunities.OpportunityKind;
import org.socialvaluehub.opportunities.OpportunityStatus;
import org.socialvaluehub.shared.Role;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Demo data: one completed evaluation (three bids, two evaluators, moderation, sensitivity, award) and one
 * opportunity with two lots open for bids, so a new user sees a full result on first run.
 */
@Component
class DemoEvaluations {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DemoEvaluations.class);

    /** The completed evaluation's bids must arrive before its deadline, which then passes a moment later. */
    private static final Duration BIDDING_WINDOW = Duration.ofSeconds(2);

    private final Opportunities opportunities;
    private final EvaluationModels models;
    private final Bids bids;
    private final DemoPeople people;
    private final DemoScoring scoring;

    DemoEvaluations(
            Opportunities opportunities, EvaluationModels models, Bids bids, DemoPeople people, DemoScoring scoring) {
        this.opportunities = opportunities;
        this.models = models;
        this.bids = bids;
        this.people = people;
        this.scoring = scoring;
    }

    /**
     * Runs just before the demo's transaction commits, so after every other module's demo listener: the
     * framework is published first, and its measures can be in the models.
     */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(DemoPartnershipLoaded loaded) throws InterruptedException {
        if (loaded.buyerIds().isEmpty() || loaded.supplierIds().size() < 3) {
            return;
        }
        long buyer = loaded.buyerIds().get(0);
        SignedInUser buyerUser = people.withRole(buyer, Role.BUYER).get(0);
        Clock clock = Clock.systemUTC();
        Evaluation completed = withModels(
                        buyer,
                        "Demo: cleaning of the county hall",
                        new BigDecimal("600000"),
                        clock.instant().plus(BIDDING_WINDOW),
                        List.of(),
                        buyerUser)
                .get(0);
        List<String> prices = List.of("540000", "585000", "498000");
        List<Integer> jobs = List.of(6, 14, 2);
        for (int i = 0; i < 3; i++) {
            bid(completed, loaded.supplierIds().get(i), i, prices.get(i), jobs.get(i));
        }
        while (!completed.deadlinePassed(clock.instant())) {
            Thread.sleep(100);
        }
        scoring.complete(completed, buyerUser, colleagueOf(buyer, buyerUser), people.withRole(buyer, Role.EVALUATOR));

        List<Evaluation> open = withModels(
                buyer,
                "Demo: community transport for older residents",
                new BigDecimal("250000"),
                clock.instant().plus(Duration.ofDays(30)),
                List.of("Weekday routes", "Evening and weekend routes"),
                buyerUser);
        bid(open.get(0), loaded.supplierIds().get(1), 1, "231000", 4);
        bid(open.get(1), loaded.supplierIds().get(1), 1, "88000", 2);
    }

    /** A demo opportunity, open for bids, with a model for each of its lots (or its one model without lots). */
    private List<Evaluation> withModels(
            long buyer, String title, BigDecimal value, Instant deadline, List<String> lots, SignedInUser user) {
        long id = opportunities.create(new NewOpportunity(
                buyer,
                title,
                "A demo opportunity with a published evaluation " + "model.",
                OpportunityKind.CONTRACT,
                List.of("90910000"),
                value,
                null,
                deadline,
                lots));
        Evaluation.of(opportunities.find(id).orElseThrow()).forEach(draft -> withModel(draft, user));
        return Evaluation.of(opportunities.moveTo(id, OpportunityStatus.OPEN));
    }

    /** Someone of the buyer other than the person who records the decision, to approve it. */
    private SignedInUser colleagueOf(long buyer, SignedInUser recorder) {
        return Stream.concat(
                        people.withRole(buyer, Role.ORG_ADMIN).stream(), people.withRole(buyer, Role.BUYER).stream())
                .filter(person -> person.id() != recorder.id())
                .findFirst()
                .orElseThrow();
    }

    private void withModel(Evaluation draft, SignedInUser user) {
        models.saveWeights(draft, new BigDecimal(45), new BigDecimal(35), new BigDecimal(20), DemoScoring.RUBRIC, user);
        models.addQuestion(
                draft,
                Question.Section.QUALITY,
                "How will you keep standards high across every site?",
                "Describe supervision, inspections and how you put problems right.",
                new BigDecimal(2),
                user);
        models.addQuestion(
                draft,
                Question.Section.QUALITY,
                "How will you keep staff and the public safe?",
                "",
                BigDecimal.ONE,
                user);
        models.addQuestion(
                draft,
                Question.Section.SOCIAL,
                "How will you recruit people facing barriers to work?",
                "Name the partners you will work with.",
                BigDecimal.ONE,
                user);
        models.addMeasure(draft, "JS04", "value-over-best", null, BigDecimal.ONE, user)
                .ifPresent(error -> log.warn("Demo evaluation model lacks JS04: {}", error));
        models.addMeasure(draft, "JS01", "target-per-million", new BigDecimal(4), BigDecimal.ONE, user)
                .ifPresent(error -> log.warn("Demo evaluation model lacks JS01: {}", error));
    }

    private void bid(Evaluation opportunity, long supplier, int index, String price, int jobs) {
        SignedInUser bidder = people.bidder(supplier, index);
        EvaluationModel model = models.find(opportunity).orElseThrow();
        Map<Long, String> answers = new HashMap<>();
        for (Question q : model.questions()) {
            answers.put(q.id(), DemoScoring.answer(q, index));
        }
        bids.saveDraft(opportunity, model, supplier, new BigDecimal(price), answers, bidder);
        bids.addCommitment(
                opportunity,
                supplier,
                "JS04",
                new BigDecimal(jobs),
                LocalDate.now().plusYears(1),
                "OX4",
                bidder);
        bids.addCommitment(
                opportunity,
                supplier,
                "JS01",
                new BigDecimal(jobs + 3),
                LocalDate.now().plusYears(1),
                "Oxford",
                bidder);
        bids.submit(opportunity, model, supplier, bidder);
    }
}
