package org.socialvaluehub.spend.rules;

import java.util.List;
import org.socialvaluehub.shared.Access;
import org.socialvaluehub.shared.SignedInUser;
import org.socialvaluehub.spend.SpendAccess;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Lists the rules that set spend aside as not influenceable; coordinators add and switch them off. */
@Controller
class SpendRulesController {

    static final List<String> KINDS = List.of("EXPENSE_TYPE", "SUPPLIER", "PATTERN");

    private final SpendRules rules;
    private final SpendAccess access;

    SpendRulesController(SpendRules rules, SpendAccess access) {
        this.rules = rules;
        this.access = access;
    }

    @GetMapping("/spend/rules")
    String list(SignedInUser user, Model model) {
        access.requirePartner(user);
        model.addAttribute("rules", rules.all());
        model.addAttribute("kinds", KINDS);
        return "spend/rules";
    }

    @PostMapping("/coordinator/spend/rules")
    String add(
            SignedInUser user,
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String value,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            RedirectAttributes redirect) {
        Access.requireCoordinator(user);
        String error = !KINDS.contains(kind)
                ? "spend.rules.error.kind"
                : value.isBlank()
                        ? "spend.rules.error.value"
                        : reason.isBlank()
                                ? "spend.rules.error.reason"
                                : !rules.isValid(kind, value) ? "spend.rules.error.pattern" : null;
        if (error != null) {
            model.addAttribute("ruleError", error);
            model.addAttribute("value", value);
            model.addAttribute("reason", reason);
            return list(user, model);
        }
        rules.add(kind, value, reason);
        redirect.addFlashAttribute("notice", "spend.rules.added");
        return "redirect:/spend/rules";
    }

    @PostMapping("/coordinator/spend/rules/{id}")
    String toggle(
            SignedInUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean enabled,
            RedirectAttributes redirect) {
        Access.requireCoordinator(user);
        rules.setEnabled(id, enabled);
        redirect.addFlashAttribute("notice", enabled ? "spend.rules.enabled" : "spend.rules.disabled");
        return "redirect:/spend/rules";
    }
}
