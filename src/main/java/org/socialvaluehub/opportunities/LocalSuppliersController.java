package org.socialvaluehub.opportunities;

import org.socialvaluehub.shared.SignedInUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** For the buyer: who in the directory could deliver this locally, and inviting them by e-mail. */
@Controller
class LocalSuppliersController {

    private final BuyerAccess access;
    private final LocalSuppliers local;

    LocalSuppliersController(BuyerAccess access, LocalSuppliers local) {
        this.access = access;
        this.local = local;
    }

    @GetMapping("/opportunities/{id}/local-suppliers")
    String show(@PathVariable long id, SignedInUser user, Model model) {
        OpportunityDetails o = access.manageable(id, user);
        model.addAttribute("o", o);
        model.addAttribute("fits", local.candidates(o).stream().limit(50).toList());
        return "opportunities/local";
    }

    @PostMapping("/opportunities/{id}/local-suppliers/{supplierId}/invite")
    String invite(
            @PathVariable long id, @PathVariable long supplierId, SignedInUser user, RedirectAttributes redirect) {
        OpportunityDetails o = access.manageable(id, user);
        boolean candidate =
                local.candidates(o).stream().anyMatch(f -> f.candidate().organisationId() == supplierId);
        if (!candidate || !o.status().isPublic()) {
            redirect.addFlashAttribute("warning", "opp.invite.refused");
        } else {
            int written = local.invite(o, supplierId, access.name(o.buyerId()));
            redirect.addFlashAttribute(
                    written > 0 ? "notice" : "warning", written > 0 ? "opp.invite.sent" : "opp.invite.noContact");
        }
        return "redirect:/opportunities/" + id + "/local-suppliers";
    }
}
