package org.socialvaluehub.opportunities;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.socialvaluehub.organisations.Organisations;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** JSON for published opportunities: search with the listing's filters (paged), and one by id. */
@RestController
class OpportunityApiController {

    private final OpportunityFinder finder;
    private final Organisations organisations;

    OpportunityApiController(OpportunityFinder finder, Organisations organisations) {
        this.finder = finder;
        this.organisations = organisations;
    }

    record OpportunityJson(
            long id,
            long buyerId,
            String buyer,
            String title,
            String description,
            String kind,
            String status,
            List<String> cpvCodes,
            BigDecimal estimatedValue,
            String valueBand,
            LocalDate plannedPublication,
            Instant questionsClose,
            Instant deadline,
            LocalDate expectedAward,
            LocalDate contractStart,
            Integer durationMonths,
            String deliveryDistrict,
            String deliveryLocality,
            String address,
            boolean suitableForSmes,
            boolean suitableForVcse,
            List<String> socialValuePriorities,
            Integer frameworkVersion,
            List<String> lots,
            Instant publishedAt) {}

    record PageJson(List<OpportunityJson> items, int total, int page, int pageSize, int pages) {}

    @GetMapping("/api/v1/opportunities")
    PageJson search(@ModelAttribute ListingQuery query, @RequestParam(defaultValue = "50") int pageSize) {
        int size = Math.max(1, Math.min(pageSize, 200));
        OpportunityFinder.Results results = finder.search(query.criteria(), query.getStatus(), query.getPage(), size);
        var names = BuyerNames.of(organisations, results.items());
        return new PageJson(
                results.items().stream()
                        .map(o -> json(o, names.get(o.buyerId())))
                        .toList(),
                results.total(),
                results.page(),
                size,
                results.pages());
    }

    @GetMapping("/api/v1/opportunities/{id}")
    OpportunityJson one(@PathVariable long id) {
        OpportunityDetails o = finder.published(id).orElseThrow(OpportunityPageController::notFound);
        return json(o, BuyerNames.of(organisations, List.of(o)).get(o.buyerId()));
    }

    private static OpportunityJson json(OpportunityDetails o, String buyer) {
        return new OpportunityJson(
                o.id(),
                o.buyerId(),
                buyer,
                o.title(),
                o.description(),
                o.kind().name(),
                o.status().name(),
                o.cpvCodes(),
                o.estimatedValue(),
                o.valueBand() == null ? null : o.valueBand().name(),
                o.plannedPublication(),
                o.questionsClose(),
                o.deadline(),
                o.expectedAward(),
                o.contractStart(),
                o.durationMonths(),
                o.deliveryDistrict(),
                o.deliveryLocality(),
                o.address(),
                o.suitableSme(),
                o.suitableVcse(),
                o.priorities(),
                o.frameworkVersion(),
                o.lots().stream().map(Lot::title).toList(),
                o.publishedAt());
    }
}
