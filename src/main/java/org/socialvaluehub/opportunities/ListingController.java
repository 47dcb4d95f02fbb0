package org.socialvaluehub.opportunities;

import java.util.Arrays;
import java.util.Comparator;
import org.socialvaluehub.opportunities.core.ValueBand;
import org.socialvaluehub.organisations.CpvCatalogue;
import org.socialvaluehub.organisations.Organisations;
import org.socialvaluehub.organisations.core.Locality;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The public listing of published opportunities, with search and filters that work without JavaScript. */
@Controller
class ListingController {

    static final int PAGE_SIZE = 20;

    private final OpportunityFinder finder;
    private final Organisations organisations;
    private final CpvCatalogue catalogue;

    ListingController(OpportunityFinder finder, Organisations organisations, CpvCatalogue catalogue) {
        this.finder = finder;
        this.organisations = organisations;
        this.catalogue = catalogue;
    }

    @GetMapping("/opportunities")
    String list(@ModelAttribute("query") ListingQuery query, org.socialvaluehub.shared.SignedInUser user, Model model) {
        model.addAttribute("signedIn", user != null);
        OpportunityFinder.Results results =
                finder.search(query.criteria(), query.getStatus(), query.getPage(), PAGE_SIZE);
        model.addAttribute("results", results);
        model.addAttribute("buyers", organisations.buyers());
        model.addAttribute("buyerNames", BuyerNames.of(organisations, results.items()));
        model.addAttribute("kinds", OpportunityKind.values());
        model.addAttribute("valueBands", ValueBand.values());
        model.addAttribute("localities", Locality.values());
        model.addAttribute(
                "statuses",
                Arrays.stream(OpportunityStatus.values())
                        .filter(OpportunityStatus::isPublic)
                        .toList());
        model.addAttribute(
                "categories",
                finder
                        .search(
                                org.socialvaluehub.opportunities.core.SearchCriteria.everything(),
                                null,
                                1,
                                Integer.MAX_VALUE)
                        .items()
                        .stream()
                        .flatMap(o -> o.cpvCodes().stream())
                        .map(c -> c.substring(0, 2))
                        .distinct()
                        .flatMap(d -> catalogue.division(d).stream())
                        .sorted(Comparator.comparing(CpvCatalogue.Entry::digits))
                        .toList());
        model.addAttribute("previous", results.page() > 1 ? query.link("/opportunities", results.page() - 1) : null);
        model.addAttribute(
                "next", results.page() < results.pages() ? query.link("/opportunities", results.page() + 1) : null);
        return "opportunities/list";
    }
}
