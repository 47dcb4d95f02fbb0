package org.socialvaluehub.organisations.directory;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.socialvaluehub.organisations.OrganisationFacts;
import org.socialvaluehub.organisations.OrganisationKind;
import org.socialvaluehub.organisations.OrganisationProfile;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The public directory: search with facets as a list or a map, and each supplier's public profile. */
@Controller
class DirectoryController {

    private final DirectorySearch search;
    private final OrganisationFacts facts;
    private final ClaimStatus claims;
    private final FacetPanel panel;
    private final ResultCards cards;

    DirectoryController(
            DirectorySearch search, OrganisationFacts facts, ClaimStatus claims, FacetPanel panel, ResultCards cards) {
        this.search = search;
        this.facts = facts;
        this.claims = claims;
        this.panel = panel;
        this.cards = cards;
    }

    @GetMapping("/directory")
    String search(
            @ModelAttribute("query") DirectoryQuery query,
            SignedInUser user,
            Locale locale,
            HttpServletRequest request,
            Model model) {
        query.seenByPartners(ListedTo.partner(user));
        boolean map = "map".equals(query.getView());
        DirectoryResults results = search.search(query, true, map);
        model.addAttribute("results", results);
        model.addAttribute("facets", panel.of(results.facets(), locale));
        model.addAttribute(
                "resultList",
                map ? "" : DirectoryHtml.results(cards.of(results.rows(), locale), request.getContextPath()));
        model.addAttribute("map", map);
        model.addAttribute(
                "postcodeUnknown",
                query.getPostcode() != null
                        && !query.getPostcode().isBlank()
                        && search.origin(query).isEmpty());
        return "organisations/directory";
    }

    @GetMapping("/directory/{id}")
    String profile(@PathVariable long id, SignedInUser user, Model model) {
        OrganisationProfile profile = facts.profile(id)
                .filter(p -> p.organisation().kind() == OrganisationKind.SUPPLIER)
                .filter(p -> search.shows(id, ListedTo.partner(user)))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("view", profile);
        model.addAttribute("organisation", profile.organisation());
        model.addAttribute("claimable", claims.claimable(profile.organisation()));
        model.addAttribute("claimPending", user != null && claims.pendingBy(id, user.id()));
        return "organisations/public-profile";
    }
}
