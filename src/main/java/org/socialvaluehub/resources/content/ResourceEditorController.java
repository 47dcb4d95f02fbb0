package org.socialvaluehub.resources.content;

import jakarta.validation.Valid;
import org.socialvaluehub.resources.core.Markdown;
import org.socialvaluehub.shared.Access;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

/** Coordinators write resources in Markdown with a live preview, save drafts, publish and see history. */
@Controller
class ResourceEditorController {

    private final ResourceLibrary library;

    ResourceEditorController(ResourceLibrary library) {
        this.library = library;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("kinds", ResourceKind.values());
        model.addAttribute("roles", Tags.ROLES);
        model.addAttribute("stages", Tags.STAGES);
        model.addAttribute("themes", Tags.THEMES);
    }

    @GetMapping("/coordinator/resources")
    String list(SignedInUser user, Model model) {
        Access.requireCoordinator(user);
        model.addAttribute("items", library.all());
        return "resources/editor-list";
    }

    @GetMapping("/coordinator/resources/new")
    String initCreationForm(SignedInUser user, Model model) {
        Access.requireCoordinator(user);
        model.addAttribute("resource", new ResourceForm());
        return "resources/edit";
    }

    @PostMapping("/coordinator/resources/new")
    String processCreationForm(
            SignedInUser user,
            @Valid @ModelAttribute("resource") ResourceForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        Access.requireCoordinator(user);
        if (!result.hasFieldErrors("slug") && library.slugTaken(form.getSlug())) {
            result.rejectValue("slug", "resources.slug.taken");
        }
        if (result.hasErrors()) {
            return "resources/edit";
        }
        long id = library.add(form.getSlug(), form.getKind(), form.toContent(), user.displayName());
        redirect.addFlashAttribute("notice", "resources.draftSaved");
        return "redirect:/coordinator/resources/" + id;
    }

    @GetMapping("/coordinator/resources/{id}")
    String initUpdateForm(@PathVariable long id, SignedInUser user, Model model) {
        Access.requireCoordinator(user);
        ResourceDraft draft = find(id);
        model.addAttribute("draft", draft);
        model.addAttribute("resource", ResourceForm.of(draft));
        return "resources/edit";
    }

    @PostMapping("/coordinator/resources/{id}")
    String processUpdateForm(
            @PathVariable long id,
            SignedInUser user,
            @RequestParam(defaultValue = "") String action,
            @Valid @ModelAttribute("resource") ResourceForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Access.requireCoordinator(user);
        ResourceDraft draft = find(id);
        form.setSlug(draft.slug());
        form.setKind(draft.kind());
        // The address and kind are fixed once a resource exists, so the edit form does not send them.
        boolean invalid = result.getFieldErrors().stream()
                .anyMatch(e -> !e.getField().equals("slug") && !e.getField().equals("kind"));
        if (invalid) {
            model.addAttribute("draft", draft);
            return "resources/edit";
        }
        library.saveDraft(id, form.toContent(), user.displayName());
        if (action.equals("publish")) {
            library.publish(id);
        }
        redirect.addFlashAttribute("notice", action.equals("publish") ? "resources.published" : "resources.draftSaved");
        return "redirect:/coordinator/resources/" + id;
    }

    @PostMapping("/coordinator/resources/{id}/publish")
    String publish(@PathVariable long id, SignedInUser user, RedirectAttributes redirect) {
        Access.requireCoordinator(user);
        find(id);
        library.publish(id);
        redirect.addFlashAttribute("notice", "resources.published");
        return "redirect:/coordinator/resources/" + id;
    }

    @GetMapping("/coordinator/resources/{id}/history")
    String history(@PathVariable long id, SignedInUser user, Model model) {
        Access.requireCoordinator(user);
        model.addAttribute("draft", find(id));
        model.addAttribute("versions", library.history(id));
        return "resources/history";
    }

    /** The live preview: the Markdown rendered and sanitised exactly as the public page will show it. */
    @PostMapping("/coordinator/resources/preview")
    ResponseEntity<String> preview(SignedInUser user, @RequestParam(defaultValue = "") String body) {
        Access.requireCoordinator(user);
        return ResponseEntity.ok()
                .contentType(MediaType.TEXT_HTML)
                .body(Markdown.render(body).html());
    }

    private ResourceDraft find(long id) {
        return library.draft(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
