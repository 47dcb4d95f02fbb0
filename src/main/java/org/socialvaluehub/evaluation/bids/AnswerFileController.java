package org.socialvaluehub.evaluation.bids;

import java.io.IOException;
import java.util.Optional;
import org.socialvaluehub.opportunities.Opportunity;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A supplier attaches files to the answers of its bid, and removes them, until the deadline. */
@Controller
class AnswerFileController {

    private final BidController bidPage;
    private final AnswerFiles files;

    AnswerFileController(BidController bidPage, AnswerFiles files) {
        this.bidPage = bidPage;
        this.files = files;
    }

    @PostMapping("/evaluations/{id}/bid/files")
    String attach(@PathVariable long id, @RequestParam(required = false) Long questionId,
                  @RequestParam(required = false) MultipartFile file, SignedInUser user, Model model,
                  RedirectAttributes redirect) throws IOException {
        Opportunity opportunity = bidPage.publicOpportunity(id);
        long supplier = BidController.supplierOf(user);
        Optional<String> problem = questionId == null ? Optional.of("evaluation.file.question")
                : file == null || file.isEmpty() ? Optional.of("evaluation.file.empty")
                : files.attach(opportunity, bidPage.modelOf(opportunity), supplier, questionId,
                        file.getOriginalFilename(), file.getContentType(), file.getBytes(), user);
        if (problem.isPresent()) {
            model.addAttribute("fileProblem", problem.get());
            return bidPage.page(opportunity, supplier, model);
        }
        redirect.addFlashAttribute("notice", "evaluation.file.added");
        return "redirect:/evaluations/" + id + "/bid#files";
    }

    @PostMapping("/evaluations/{id}/bid/files/{fileId}/delete")
    String remove(@PathVariable long id, @PathVariable long fileId, SignedInUser user, RedirectAttributes redirect) {
        files.remove(bidPage.publicOpportunity(id), BidController.supplierOf(user), fileId, user);
        redirect.addFlashAttribute("notice", "evaluation.file.removed");
        return "redirect:/evaluations/" + id + "/bid#files";
    }
}
