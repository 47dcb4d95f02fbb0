package org.socialvaluehub.resources.pledges;

import java.util.List;
import java.util.Optional;
import org.socialvaluehub.organisations.Organisation;
import org.socialvaluehub.shared.Role;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The public charter pages: who pledged what, and one organisation's pledges with its published progress. */
@Controller
class PledgesController {

    private final Charter charter;

    PledgesController(Charter charter) {
        this.charter = charter;
    }

    @GetMapping("/pledges")
    String list(@RequestParam(required = false) Integer year, SignedInUser user, Model model) {
        int shown = year == null ? charter.currentYear() : year;
        model.addAttribute(
                "managed",
                user == null
                        ? List.of()
                        : user.organisationIds().stream()
                                .filter(id -> user.hasRole(id, Role.ORG_ADMIN))
                                .map(charter::organisation)
                                .flatMap(Optional::stream)
                                .toList());
        model.addAttribute("year", shown);
        model.addAttribute("signatories", charter.signatories(shown));
        model.addAttribute("pledges", charter.pledges(true));
        return "resources/pledges";
    }

    @GetMapping("/pledges/organisations/{id}")
    String organisation(@PathVariable long id, Model model) {
        Organisation organisation =
                charter.organisation(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<Integer> years = charter.years(id);
        if (years.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("organisation", organisation);
        model.addAttribute(
                "years",
                years.stream()
                        .map(y -> new PledgeYear(y, charter.commitments(id, y)))
                        .toList());
        return "resources/pledges-organisation";
    }

    /** An organisation's pledges in one year. */
    public record PledgeYear(int year, List<Commitment> commitments) {}
}
