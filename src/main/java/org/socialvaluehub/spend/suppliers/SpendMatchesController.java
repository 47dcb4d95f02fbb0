package org.socialvaluehub.spend.suppliers;

import org.socialvaluehub.shared.Access;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Coordinators confirm or reject supplier names that are spelt like a directory organisation. */
@Controller
class SpendMatchesController {

    private final SupplierNameRepository names;
    private final SupplierResolver resolver;

    SpendMatchesController(SupplierNameRepository names, SupplierResolver resolver) {
        this.names = names;
        this.resolver = resolver;
    }

    @GetMapping("/coordinator/spend/matches")
    String list(SignedInUser user, Model model) {
        Access.requireCoordinator(user);
        model.addAttribute("suggestions", resolver.suggestions());
        return "spend/matches";
    }

    @PostMapping("/coordinator/spend/matches")
    @Transactional
    String decide(
            SignedInUser user,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String decision,
            RedirectAttributes redirect) {
        Access.requireCoordinator(user);
        if (names.decide(name, decision.equals("confirm"), user.id())) {
            redirect.addFlashAttribute(
                    "notice", decision.equals("confirm") ? "spend.matches.confirmed" : "spend.matches.rejected");
        }
        return "redirect:/coordinator/spend/matches";
    }
}
