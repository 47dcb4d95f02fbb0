package org.socialvaluehub.opportunities;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.socialvaluehub.opportunities.InvalidDraftException.Problem;
import org.socialvaluehub.organisations.AreaLocality;
import org.socialvaluehub.organisations.CpvCatalogue;
import org.springframework.stereotype.Component;

/** What stops a draft being saved: missing essentials, dates out of order, negative values, unknown codes. */
@Component
class DraftChecks {

    /** The column holds 14 digits of pounds; no public contract comes near it. */
    private static final BigDecimal LARGEST_VALUE = new BigDecimal("99999999999999.99");

    static final ZoneId UK = ZoneId.of("Europe/London");

    private final CpvCatalogue catalogue;
    private final AreaLocality area;
    private final PriorityChoices priorities;

    DraftChecks(CpvCatalogue catalogue, AreaLocality area, PriorityChoices priorities) {
        this.catalogue = catalogue;
        this.area = area;
        this.priorities = priorities;
    }

    List<Problem> problems(OpportunityDraft d) {
        List<Problem> problems = new ArrayList<>();
        if (d.title() == null || d.title().isBlank()) {
            problems.add(new Problem("title", "opportunity.title.missing"));
        }
        if (d.kind() == null) {
            problems.add(new Problem("kind", "opportunity.kind.missing"));
        }
        if (d.estimatedValue() != null && d.estimatedValue().compareTo(BigDecimal.ZERO) < 0) {
            problems.add(new Problem("estimatedValue", "opportunity.value.negative"));
        } else if (d.estimatedValue() != null && d.estimatedValue().compareTo(LARGEST_VALUE) > 0) {
            problems.add(new Problem("estimatedValue", "opportunity.value.tooLarge"));
        }
        if (d.durationMonths() != null && d.durationMonths() <= 0) {
            problems.add(new Problem("durationMonths", "opportunity.duration.invalid"));
        }
        if (d.deadline() != null
                && d.plannedPublication() != null
                && d.deadline().atZone(UK).toLocalDate().isBefore(d.plannedPublication())) {
            problems.add(new Problem("deadline", "opportunity.deadline.beforePublication"));
        }
        if (d.deadline() != null
                && d.questionsClose() != null
                && d.questionsClose().isAfter(d.deadline())) {
            problems.add(new Problem("questionsClose", "opportunity.questionsClose.afterDeadline"));
        }
        if (d.kind() == OpportunityKind.LEASE
                && (d.address() == null || d.address().isBlank())) {
            problems.add(new Problem("address", "opportunity.address.missing"));
        }
        if (d.deliveryDistrict() != null
                && !d.deliveryDistrict().isBlank()
                && area.centroid(d.deliveryDistrict().strip().toUpperCase(Locale.UK))
                        .isEmpty()) {
            problems.add(new Problem("deliveryDistrict", "opportunity.district.unknown", d.deliveryDistrict()));
        }
        for (String code : d.cpvCodes()) {
            if (catalogue.find(code).isEmpty()) {
                problems.add(new Problem("cpvCodes", "opportunity.cpv.unknown", code));
            }
        }
        Set<String> known = priorities.codes();
        for (String code : d.priorities()) {
            if (!known.contains(code)) {
                problems.add(new Problem("priorities", "opportunity.priorities.unknown", code));
            }
        }
        return problems;
    }
}
