package org.socialvaluehub.engagement.support;

import jakarta.validation.Valid;
import org.socialvaluehub.shared.Access;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The coordinators' queue of support requests: filter, assign, answer and close. */
@Controller
class CoordinatorSupportController {

    private final SupportDesk desk;

    CoordinatorSupportController(SupportDesk desk) {
        this.desk = desk;
    }

    @GetMapping("/coordinator/support")
    String queue(
            @RequestParam(required = false) SupportStatus status,
            @RequestParam(required = false) SupportCategory category,
            @RequestParam(required = false) String assigned,
            SignedInUser user,
            Model model) {
        Access.requireCoordinator(user);
        SupportFilter filter = new SupportFilter(status, category, assigned);
        model.addAttribute("filter", filter);
        model.addAttribute("requests", desk.queue(filter, user));
        model.addAttribute("statuses", SupportStatus.values());
        model.addAttribute("categories", SupportCategory.values());
        return "engagement/support-queue";
    }

    @GetMapping("/coordinator/support/{id}")
    String show(@PathVariable long id, SignedInUser user, Model model) {
        SupportRequest request = request(id, user);
        model.addAttribute("messageForm", new MessageForm());
        return thread(request, model);
    }

    @PostMapping("/coordinator/support/{id}/answer")
    String answer(
            @PathVariable long id,
            SignedInUser user,
            @Valid @ModelAttribute("messageForm") MessageForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        SupportRequest request = request(id, user);
        if (result.hasErrors()) {
            return thread(request, model);
        }
        desk.answer(request, user, form.getMessage());
        redirect.addFlashAttribute("notice", "support.answered");
        return "redirect:/coordinator/support/" + id;
    }

    @PostMapping("/coordinator/support/{id}/assign")
    String assign(
            @PathVariable long id,
            @RequestParam(required = false) Long assigneeId,
            SignedInUser user,
            RedirectAttributes redirect) {
        desk.assign(request(id, user), assigneeId);
        redirect.addFlashAttribute("notice", "support.assigned");
        return "redirect:/coordinator/support/" + id;
    }

    @PostMapping("/coordinator/support/{id}/close")
    String close(@PathVariable long id, SignedInUser user, RedirectAttributes redirect) {
        desk.close(request(id, user));
        redirect.addFlashAttribute("notice", "support.closed");
        return "redirect:/coordinator/support/" + id;
    }

    private String thread(SupportRequest request, Model model) {
        model.addAttribute("request", request);
        model.addAttribute("thread", desk.thread(request.id()));
        model.addAttribute("coordinators", desk.coordinators());
        return "engagement/support-answer";
    }

    private SupportRequest request(long id, SignedInUser user) {
        Access.requireCoordinator(user);
        return desk.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
