package org.socialvaluehub.evaluation.report;

import java.util.Map;
import org.socialvaluehub.evaluation.common.EvaluationAccess;
import org.socialvaluehub.evaluation.results.Evaluated;
import org.socialvaluehub.evaluation.results.Results;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The evaluation report, as a web page and as a PDF: model, scores, breakdowns, sensitivity, decision and audit trail. */
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

    @GetMapping("/evaluations/{id}/report")
    String show(@PathVariable long id, SignedInUser user, Model model) {
        model.addAllAttributes(contents.of(results.evaluate(access.asBuyer(id, user))));
        return "evaluation/report";
    }

    @GetMapping("/evaluations/{id}/report.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, SignedInUser user) {
        Map<String, Object> variables = contents.of(results.evaluate(access.asBuyer(id, user)));
        return ReportContents.pdfResponse(pdf.render("evaluation/report-pdf", variables), "evaluation-report-" + id + ".pdf");
    }
}
