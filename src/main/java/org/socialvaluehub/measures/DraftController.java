package org.socialvaluehub.measures;

import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import org.socialvaluehub.measures.core.CsvProblem;
import org.socialvaluehub.measures.core.CsvRejectedException;
import org.socialvaluehub.measures.core.Framework;
import org.socialvaluehub.measures.core.FrameworkCsvReader;
import org.socialvaluehub.measures.core.FrameworkCsvWriter;
import org.socialvaluehub.measures.core.FrameworkDiff;
import org.socialvaluehub.measures.core.InvalidInputException;
import org.socialvaluehub.shared.Access;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The coordinators' draft: what will change, CSV export and import, and publishing it as a new version. */
@Controller
class DraftController {

    private final FrameworkDrafts drafts;
    private final Frameworks frameworks;

    DraftController(FrameworkDrafts drafts, Frameworks frameworks) {
        this.drafts = drafts;
        this.frameworks = frameworks;
    }

    @GetMapping("/coordinator/framework")
    String draft(SignedInUser user, Model model) {
        Access.requireCoordinator(user);
        model.addAttribute("publishForm", new PublishForm());
        return show(model);
    }

    @PostMapping("/coordinator/framework/publish")
    String processPublishForm(
            SignedInUser user,
            @Valid @ModelAttribute("publishForm") PublishForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Access.requireCoordinator(user);
        if (result.hasErrors()) {
            return show(model);
        }
        try {
            FrameworkVersion version =
                    drafts.publish(form.getChangeNote(), user.displayName() + " <" + user.email() + ">");
            redirect.addFlashAttribute("notice", "framework.published");
            redirect.addFlashAttribute("noticeArgument", version.number());
            return "redirect:/framework/versions/" + version.number();
        } catch (InvalidInputException e) {
            model.addAttribute("publishProblems", e.problems());
            return show(model);
        }
    }

    @GetMapping("/coordinator/framework/draft/csv")
    ResponseEntity<byte[]> csv(SignedInUser user) {
        Access.requireCoordinator(user);
        return VersionHistoryController.csvFile(
                FrameworkCsvWriter.write(drafts.current().content()), "framework-draft.csv");
    }

    @PostMapping("/coordinator/framework/import")
    String processImportForm(
            SignedInUser user,
            @RequestParam(required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        Access.requireCoordinator(user);
        try {
            if (file == null || file.isEmpty()) {
                throw new CsvRejectedException(List.of(new CsvProblem(0, null, "choose a CSV file to upload")));
            }
            Framework imported = FrameworkCsvReader.read(file.getBytes());
            drafts.save(null, imported);
            redirect.addFlashAttribute("notice", "framework.imported");
            redirect.addFlashAttribute("noticeArgument", imported.measures().size());
            return "redirect:/coordinator/framework";
        } catch (CsvRejectedException e) {
            model.addAttribute("importProblems", e.problems());
        } catch (InvalidInputException e) {
            model.addAttribute(
                    "importProblems",
                    e.problems().stream()
                            .map(p -> new CsvProblem(0, p.field(), p.message()))
                            .toList());
        }
        model.addAttribute("publishForm", new PublishForm());
        return show(model);
    }

    private String show(Model model) {
        Draft draft = drafts.current();
        model.addAttribute("draft", draft);
        model.addAttribute("view", FrameworkView.of(draft.content()));
        model.addAttribute("problems", draft.content().publicationProblems());
        model.addAttribute(
                "changes",
                draft.basedOn() == null
                        ? null
                        : frameworks
                                .version(draft.basedOn())
                                .map(v -> FrameworkDiff.between(v.content(), draft.content()))
                                .orElse(null));
        return "measures/draft";
    }
}
