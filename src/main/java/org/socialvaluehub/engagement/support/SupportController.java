package org.socialvaluehub.engagement.support;

import jakarta.validation.Valid;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A signed-in person asks the coordinators for help and follows their own requests; nobody else's. */
@Controller
class SupportController {

    private final SupportDesk desk;

    SupportController(SupportDesk desk) {
        this.desk = desk;
    }

    @GetMapping("/support")
    String list(SignedInUser user, Model model) {
        model.addAttribute("requests", desk.of(user));
        model.addAttribute("categories", SupportCategory.values());
        return "engagement/support";
    }

    @GetMapping("/support/new")
    String initSupportForm(Model model) {
        model.addAttribute("supportForm", new SupportForm());
        model.addAttribute("categories", SupportCategory.values());
        return "engagement/support-form";
    }

    @PostMapping("/support/new")
    String processSupportForm(
            @Valid @ModelAttribute("supportForm") SupportForm form,
            BindingResult result,
            SignedInUser user,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            model.addAttribute("categories", SupportCategory.values());
            return "engagement/support-form";
        }
        long id = desk.ask(user, form.getCategory(), form.getSubject(), form.getMessage());
        redirect.addFlashAttribute("notice", "support.sent");
        return "redirect:/support/" + id;
    }

    @GetMapping("/support/{id}")
    String show(@PathVariable long id, SignedInUser user, Model model) {
        SupportRequest request = own(id, user);
        model.addAttribute("messageForm", new MessageForm());
        return thread(request, model);
    }

    @PostMapping("/support/{id}/reply")
    String reply(
            @PathVariable long id,
            SignedInUser user,
            @Valid @ModelAttribute("messageForm") MessageForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        SupportRequest request = own(id, user);
        if (result.hasErrors()) {
            return thread(request, model);
        }
        desk.reply(request, user, form.getMessage());
        redirect.addFlashAttribute("notice", "support.replied");
        return "redirect:/support/" + id;
    }

    private String thread(SupportRequest request, Model model) {
        model.addAttribute("request", request);
        model.addAttribute("thread", desk.thread(request.id()));
        return "engagement/support-thread";
    }

    /** The requester's own request; anyone else gets "not found", so nothing about it shows. */
    private SupportRequest own(long id, SignedInUser user) {
        return desk.find(id)
                .filter(r -> r.requesterId() == user.id())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
