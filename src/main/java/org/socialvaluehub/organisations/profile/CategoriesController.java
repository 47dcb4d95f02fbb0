package org.socialvaluehub.organisations.profile;

import org.socialvaluehub.organisations.CpvCatalogue;
import org.socialvaluehub.organisations.Organisations;
import org.socialvaluehub.shared.Access;
import org.socialvaluehub.shared.Role;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An organisation's admins search the CPV codes by words or digits and choose what they supply. */
@Controller
class CategoriesController {

    private final Organisations organisations;
    private final Categories categories;
    private final CpvCatalogue catalogue;

    CategoriesController(Organisations organisations, Categories categories, CpvCatalogue catalogue) {
        this.organisations = organisations;
        this.categories = categories;
        this.catalogue = catalogue;
    }

    @GetMapping("/organisations/{id}/categories")
    String show(@PathVariable long id, @RequestParam(required = false) String q, SignedInUser user, Model model) {
        Access.requireRole(user, id, Role.ORG_ADMIN);
        model.addAttribute(
                "organisation",
                organisations.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        model.addAttribute("categories", categories.of(id));
        model.addAttribute("q", q);
        model.addAttribute("results", catalogue.search(q, 50));
        return "organisations/categories";
    }

    @PostMapping("/organisations/{id}/categories")
    String add(
            @PathVariable long id,
            @RequestParam(required = false) String code,
            @RequestParam(required = false) String q,
            SignedInUser user,
            RedirectAttributes redirect) {
        Access.requireRole(user, id, Role.ORG_ADMIN);
        if (categories.add(id, code)) {
            redirect.addFlashAttribute("notice", "category.added");
        } else {
            redirect.addFlashAttribute("warning", "category.unknown");
        }
        redirect.addAttribute("q", q == null ? "" : q);
        return "redirect:/organisations/" + id + "/categories";
    }

    @PostMapping("/organisations/{id}/categories/{code}/remove")
    String remove(@PathVariable long id, @PathVariable String code, SignedInUser user, RedirectAttributes redirect) {
        Access.requireRole(user, id, Role.ORG_ADMIN);
        categories.remove(id, code);
        redirect.addFlashAttribute("notice", "category.removed");
        return "redirect:/organisations/" + id + "/categories";
    }
}
