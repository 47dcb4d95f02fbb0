package org.socialvaluehub.opportunities;

import java.time.Clock;
import org.socialvaluehub.shared.Access;
import org.socialvaluehub.shared.Role;
import org.socialvaluehub.shared.SignedInUser;
import org.socialvaluehub.shared.TextLimits;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Suppliers express interest and ask privately; the buyer reads every question and publishes answers. */
@Controller
class ClarificationController {

    private final Clarifications clarifications;
    private final PageParts parts;
    private final BuyerAccess access;
    private final Clock clock;

    ClarificationController(Clarifications clarifications, PageParts parts, BuyerAccess access, Clock clock) {
        this.clock = clock;
        this.clarifications = clarifications;
        this.parts = parts;
        this.access = access;
    }

    @PostMapping("/opportunities/{id}/interest")
    String interest(@PathVariable long id, SignedInUser user, RedirectAttributes redirect) {
        OpportunityDetails o = parts.visible(id, user);
        long supplier = requireSupplier(user);
        if (o.status().isPublic()) {
            clarifications.expressInterest(id, supplier, user.id(), user.email());
            redirect.addFlashAttribute("notice", "opp.interest.saved");
        }
        return "redirect:/opportunities/" + id;
    }

    @PostMapping("/opportunities/{id}/questions")
    String ask(
            @PathVariable long id,
            @RequestParam(required = false) String question,
            SignedInUser user,
            RedirectAttributes redirect) {
        OpportunityDetails o = parts.visible(id, user);
        long supplier = requireSupplier(user);
        if (!o.takesQuestions(clock.instant())) {
            redirect.addFlashAttribute("questionsClosed", true);
            return "redirect:/opportunities/" + id + "#questions";
        }
        if (question == null || question.isBlank() || question.length() > TextLimits.LONG_TEXT) {
            redirect.addFlashAttribute(
                    "questionProblem",
                    question == null || question.isBlank() ? "opp.question.missing" : "opp.question.tooLong");
            return "redirect:/opportunities/" + id + "#ask";
        }
        clarifications.ask(id, supplier, user.id(), question);
        redirect.addFlashAttribute("notice", "opp.question.asked");
        return "redirect:/opportunities/" + id + "#questions";
    }

    @GetMapping("/opportunities/{id}/questions")
    String questions(@PathVariable long id, SignedInUser user, Model model) {
        OpportunityDetails o = access.manageable(id, user);
        model.addAttribute("o", o);
        model.addAttribute("questions", clarifications.all(id));
        model.addAttribute("interests", clarifications.interests(id));
        return "opportunities/questions";
    }

    @PostMapping("/opportunities/{id}/questions/{questionId}/answer")
    String answer(
            @PathVariable long id,
            @PathVariable long questionId,
            @RequestParam(required = false) String answer,
            SignedInUser user,
            RedirectAttributes redirect) {
        access.manageable(id, user);
        clarifications.find(id, questionId).orElseThrow(OpportunityPageController::notFound);
        if (answer == null || answer.isBlank()) {
            redirect.addFlashAttribute("warning", "opp.answer.missing");
        } else if (answer.length() > TextLimits.LONG_TEXT) {
            redirect.addFlashAttribute("warning", "opp.answer.tooLong");
        } else {
            clarifications.answer(id, questionId, answer);
            redirect.addFlashAttribute("notice", "opp.answer.published");
        }
        return "redirect:/opportunities/" + id + "/questions";
    }

    private static long requireSupplier(SignedInUser user) {
        return OpportunityPageController.supplierOf(user).orElseGet(() -> {
            Access.requireRole(user, -1, Role.SUPPLIER);
            return -1L;
        });
    }
}
