package org.socialvaluehub.organisations.directory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.socialvaluehub.organisations.Credential;
import org.socialvaluehub.organisations.OrganisationFacts;
import org.socialvaluehub.organisations.OrganisationKind;
import org.socialvaluehub.organisations.OrganisationProfile;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The directory as JSON: search with the same filters as the page, and public profiles. */
@RestController
class DirectoryApiController {

    private final DirectorySearch search;
    private final OrganisationFacts facts;

    DirectoryApiController(DirectorySearch search, OrganisationFacts facts) {
        this.search = search;
        this.facts = facts;
    }

    @GetMapping("/api/v1/organisations")
    Map<String, Object> search(@ModelAttribute DirectoryQuery query) {
        // The public API shows public listings only, whoever asks.
        DirectoryResults results = search.search(query.seenByPartners(false), true, false);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", results.total());
        body.put("page", results.page());
        body.put("pages", results.pages());
        body.put("results", results.rows());
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        results.facets().forEach(group -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            group.options().forEach(option -> counts.put(option.value(), option.count()));
            facets.put(group.param(), counts);
        });
        body.put("facets", facets);
        return body;
    }

    @GetMapping("/api/v1/organisations/{id}")
    Map<String, Object> profile(@PathVariable long id) {
        OrganisationProfile p = facts.profile(id)
                .filter(x -> x.organisation().kind() == OrganisationKind.SUPPLIER)
                .filter(x -> search.shows(id, false))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var o = p.organisation();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", o.id());
        body.put("name", o.name());
        body.put("tradingNames", p.details().tradingNames());
        body.put("identifiers", p.identifiers().stream().map(Object::toString).toList());
        body.put("legalForm", o.legalForm());
        body.put("sizeBand", o.sizeBand());
        body.put("sicCode", p.details().sicCode());
        body.put("postcodeDistrict", o.postcodeDistrict());
        body.put("locality", p.details().locality());
        body.put(
                "sites",
                p.sites().stream()
                        .map(s -> new SiteJson(
                                s.name(), s.district(), s.locality().name()))
                        .toList());
        body.put(
                "cpvCodes",
                p.categories().stream()
                        .map(c -> new CodeJson(c.code(), c.label()))
                        .toList());
        body.put("credentials", credentials(p.credentials()));
        body.put("website", o.website());
        body.put("socialValueOffer", o.socialValueOffer());
        body.put("localSpendSharePercent", p.details().localSpendShare());
        body.put("localWageSharePercent", p.details().localWageShare());
        return body;
    }

    /** A site in the API: its name and district only, never the full postcode. */
    record SiteJson(String name, String postcodeDistrict, String locality) {}

    /** A CPV code in the API, with its check digit as published. */
    record CodeJson(String code, String label) {}

    private static List<Map<String, Object>> credentials(List<Credential> credentials) {
        return credentials.stream()
                .filter(c -> c.status() == Credential.Status.VERIFIED || c.status() == Credential.Status.CLAIMED)
                .map(c -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("type", c.typeCode());
                    m.put("name", c.title());
                    m.put("status", c.status());
                    m.put(
                            "expiresOn",
                            c.expiresOn() == null ? null : c.expiresOn().toString());
                    m.put(
                            "verifiedOn",
                            c.verifiedAt() == null ? null : c.verifiedAt().toString());
                    return m;
                })
                .toList();
    }
}
