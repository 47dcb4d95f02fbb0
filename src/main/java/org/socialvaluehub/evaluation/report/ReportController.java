package org.socialvaluehub.evaluation.report;

import java.util.Map;
import org.socialvaluehub.evaluation.common.Evaluation;
import org.socialvaluehub.evaluation.common.EvaluationAccess;
import org.socialvaluehub.evaluation.results.Results;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The evaluation report, as a web page and as a PDF: model, scores, breakdowns, sensitivity, decision and audit trail.
 */
@Controller
class ReportController {

    private final EvaluationAccess access;
    private final Results results;
    private final ReportContents contents;
    private final PdfRenderer pdf;

    ReportController(EvaluationAccess access, Results results, ReportContents contents, PdfRenderer pdf) {
        this.access = access;
        this.results = results;
        this.contents = contents;
        this.pdf = pdf;
    }

    @GetMapping({"/evaluations/{id}/report", "/evaluations/{id}/lots/{lot}/report"})
    String show(@PathVariable long id, @PathVariable(required = false) Integer lot, SignedInUser user, Model model) {
        Evaluation evaluation = access.asReader(id, lot, user);
        model.addAllAttributes(contents.of(results.evaluate(evaluation)));
        return "evaluation/report";
    }

    @GetMapping({"/evaluations/{id}/report.pdf", "/evaluations/{id}/lots/{lot}/report.pdf"})
    ResponseEntity<byte[]> pdf(@PathVariable long id, @PathVariable(required = false) Integer lot, SignedInUser user) {
        Evaluation evaluation = access.asReader(id, lot, user);
        Map<String, Object> variables = contents.of(results.evaluate(evaluation));
        return ReportContents.pdfResponse(
                pdf.render("evaluation/report-pdf", variables),
                "evaluation-report-" + id + (lot == null ? "" : "-lot-" + lot) + ".pdf");
    }
}
