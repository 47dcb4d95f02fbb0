package org.socialvaluehub.evaluation.bids;

import java.io.IOException;
import java.util.Optional;
import org.socialvaluehub.evaluation.common.Evaluation;
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

    @PostMapping({"/evaluations/{id}/bid/files", "/evaluations/{id}/lots/{lot}/bid/files"})
    String attach(
            @PathVariable long id,
            @PathVariable(required = false) Integer lot,
            @RequestParam(required = false) Long questionId,
            @RequestParam(required = false) MultipartFile file,
            SignedInUser user,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        Evaluation evaluation = bidPage.publicEvaluation(id, lot);
        long supplier = BidController.supplierOf(user);
        Optional<String> problem = questionId == null
                ? Optional.of("evaluation.file.question")
                : file == null || file.isEmpty()
                        ? Optional.of("evaluation.file.empty")
                        : files.attach(
                                evaluation,
                                bidPage.modelOf(evaluation),
                                supplier,
                                questionId,
                                file.getOriginalFilename(),
                                file.getContentType(),
                                file.getBytes(),
                                user);
        if (problem.isPresent()) {
            model.addAttribute("fileProblem", problem.get());
            return bidPage.page(evaluation, supplier, model);
        }
        redirect.addFlashAttribute("notice", "evaluation.file.added");
        return "redirect:" + evaluation.path() + "/bid#files";
    }

    @PostMapping({
        "/evaluations/{id}/bid/files/{fileId}/delete",
        "/evaluations/{id}/lots/{lot}/bid/files/{fileId}/delete"
    })
    String remove(
            @PathVariable long id,
            @PathVariable(required = false) Integer lot,
            @PathVariable long fileId,
            SignedInUser user,
            RedirectAttributes redirect) {
        Evaluation evaluation = bidPage.publicEvaluation(id, lot);
        files.remove(evaluation, BidController.supplierOf(user), fileId, user);
        redirect.addFlashAttribute("notice", "evaluation.file.removed");
        return "redirect:" + evaluation.path() + "/bid#files";
    }
}
