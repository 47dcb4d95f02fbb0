package org.socialvaluehub.demo.opportunities;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.socialvaluehub.accounts.Accounts;
import org.socialvaluehub.demo.DemoPartnershipLoaded;
import org.socialvaluehub.opportunities.Alerts;
import org.socialvaluehub.opportunities.Clarifications;
import org.socialvaluehub.opportunities.Opportunities;
import org.socialvaluehub.opportunities.OpportunityDraft;
import org.socialvaluehub.opportunities.OpportunityKind;
import org.socialvaluehub.opportunities.OpportunityStatus;
import org.socialvaluehub.opportunities.Pipeline;
import org.socialvaluehub.opportunities.core.SearchCriteria;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Demo data: planned, open, closed and awarded contracts, grants and leases across the demo buyers (listed in
 * {@code demo/opportunities.csv}), with dates relative to today, a few published answers, and a saved search for the
 * demo supplier.
 */
@Component
class DemoOpportunities {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    /** The open contract whose clarification questions the demo shows. */
    private static final String GROUNDS = "Grounds maintenance of parks and verges";

    private final Pipeline pipeline;
    private final Opportunities opportunities;
    private final Clarifications clarifications;
    private final Alerts alerts;
    private final Accounts accounts;
    private final Clock clock;

    DemoOpportunities(
            Pipeline pipeline,
            Opportunities opportunities,
            Clarifications clarifications,
            Alerts alerts,
            Accounts accounts,
            Clock clock) {
        this.pipeline = pipeline;
        this.opportunities = opportunities;
        this.clarifications = clarifications;
        this.alerts = alerts;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** After the demo partnership is committed, so the demo framework and its priorities are published. */
    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(DemoPartnershipLoaded loaded) {
        long grounds = 0;
        for (NamedCsvRecord row : rows()) {
            long id = add(loaded.buyerIds().get(Integer.parseInt(row.getField("buyer"))), row);
            if (row.getField("title").equals(GROUNDS)) {
                grounds = id;
            }
        }
        clarifications.ask(grounds, loaded.supplierIds().get(1), 0, "Can a supplier bid for both lots?");
        long question = clarifications
                .askedBy(grounds, loaded.supplierIds().get(1))
                .get(0)
                .id();
        clarifications.answer(grounds, question, "Yes. Each lot is scored separately, and you may win both.");
        clarifications.ask(grounds, loaded.supplierIds().get(2), 0, "Is there a TUPE transfer?");
        accounts.idOf("supplier@demo.example")
                .ifPresent(id -> alerts.save(
                        id,
                        "supplier@demo.example",
                        new SearchCriteria(null, "CONTRACT", null, null, null, null, true, false, null),
                        Alerts.Frequency.DAILY));
    }

    private long add(long buyer, NamedCsvRecord row) {
        OpportunityStatus status = OpportunityStatus.valueOf(row.getField("status"));
        OpportunityKind kind = OpportunityKind.valueOf(row.getField("kind"));
        String value = row.getField("estimated_value");
        String address = row.getField("address");
        String lots = row.getField("lots");
        LocalDate deadlineDay =
                LocalDate.now(clock.withZone(UK)).plusDays(Integer.parseInt(row.getField("deadline_in_days")));
        Instant deadline = deadlineDay.atTime(LocalTime.NOON).atZone(UK).toInstant();
        long id = pipeline.createDraft(
                buyer,
                new OpportunityDraft(
                        row.getField("title"),
                        row.getField("description"),
                        kind,
                        words(row.getField("cpv_codes")),
                        value.isEmpty() ? null : new BigDecimal(value),
                        null,
                        deadlineDay.minusDays(42),
                        deadline.minus(Duration.ofDays(7)),
                        deadline,
                        deadlineDay.plusDays(30),
                        deadlineDay.plusDays(60),
                        kind == OpportunityKind.GRANT ? 12 : 36,
                        row.getField("district"),
                        address.isEmpty() ? null : address,
                        Boolean.parseBoolean(row.getField("suitable_sme")),
                        Boolean.parseBoolean(row.getField("suitable_vcse")),
                        words(row.getField("priorities")),
                        lots.isEmpty() ? List.of() : List.of(lots.split(";"))));
        for (OpportunityStatus step : List.of(
                OpportunityStatus.PLANNED,
                OpportunityStatus.OPEN,
                OpportunityStatus.CLOSED,
                OpportunityStatus.EVALUATED,
                OpportunityStatus.AWARDED)) {
            if (step.ordinal() > status.ordinal()) {
                break;
            }
            if (!(step == OpportunityStatus.PLANNED && status != OpportunityStatus.PLANNED)) {
                opportunities.moveTo(id, step);
            }
        }
        return id;
    }

    private static List<String> words(String text) {
        return text.isBlank() ? List.of() : List.of(text.strip().split(" "));
    }

    /** The opportunities of {@code demo/opportunities.csv}, in file order. */
    private static List<NamedCsvRecord> rows() {
        try (var reader = new InputStreamReader(
                        new ClassPathResource("demo/opportunities.csv").getInputStream(), StandardCharsets.UTF_8);
                var csv = CsvReader.builder()
                        .commentStrategy(CommentStrategy.SKIP)
                        .ofNamedCsvRecord(reader)) {
            return csv.stream().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
