package org.socialvaluehub.opportunities;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.socialvaluehub.organisations.CpvCatalogue;
import org.socialvaluehub.shared.Role;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** An opportunity's page: what it is, its dates, documents and published answers, and what you can do. */
@Controller
class OpportunityPageController {

    private final BuyerAccess access;
    private final ObjectProvider<OpportunityPageLinks> links;
    private final CpvCatalogue catalogue;
    private final PageParts parts;
    private final Clock clock;

    OpportunityPageController(
            BuyerAccess access,
            ObjectProvider<OpportunityPageLinks> links,
            CpvCatalogue catalogue,
            PageParts parts,
            Clock clock) {
        this.access = access;
        this.links = links;
        this.catalogue = catalogue;
        this.parts = parts;
        this.clock = clock;
    }

    @GetMapping("/opportunities/{id}")
    String show(@PathVariable long id, SignedInUser user, Model model) {
        OpportunityDetails o = parts.visible(id, user);
        boolean manager = BuyerAccess.canManage(user, o.buyerId());
        model.addAttribute("o", o);
        model.addAttribute("buyerName", access.name(o.buyerId()));
        model.addAttribute(
                "cpv",
                o.cpvCodes().stream().flatMap(c -> catalogue.find(c).stream()).toList());
        model.addAttribute("priorityNames", parts.priorityNames(o));
        model.addAttribute("manager", manager);
        model.addAttribute("moves", manager ? o.status().next().stream().toList() : List.of());
        model.addAttribute(
                "pageLinks",
                links.orderedStream()
                        .filter(l -> o.status().isPublic() || manager)
                        .flatMap(l -> l.linksFor(parts.opportunity(id), user).stream())
                        .toList());
        Optional<Long> supplier = supplierOf(user);
        model.addAttribute("supplierId", supplier.orElse(null));
        parts.engagement(o, supplier, clock.instant(), model);
        return "opportunities/show";
    }

    static Optional<Long> supplierOf(SignedInUser user) {
        return user == null
                ? Optional.empty()
                : user.rolesByOrganisation().entrySet().stream()
                        .filter(e -> e.getValue().contains(Role.SUPPLIER))
                        .map(Map.Entry::getKey)
                        .sorted()
                        .findFirst();
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
