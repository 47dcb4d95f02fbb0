package org.socialvaluehub.evaluation.report;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.socialvaluehub.evaluation.award.Decisions;
import org.socialvaluehub.evaluation.common.EvaluationAudit;
import org.socialvaluehub.evaluation.core.SensitivityAnalysis;
import org.socialvaluehub.evaluation.core.WeightedSumResult;
import org.socialvaluehub.evaluation.results.CommitmentLines;
import org.socialvaluehub.evaluation.results.Evaluated;
import org.socialvaluehub.evaluation.results.Sensitivity;
import org.socialvaluehub.evaluation.results.Valuations;
import org.socialvaluehub.evaluation.scoring.Evaluators;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** Gathers what the report shows, for the page and the PDF alike. */
@Component
class ReportContents {

    private final Valuations valuations;
    private final Decisions decisions;
    private final EvaluationAudit audit;
    private final Evaluators evaluators;
    private final MessageSource messages;

    ReportContents(
            Valuations valuations,
            Decisions decisions,
            EvaluationAudit audit,
            Evaluators evaluators,
            MessageSource messages) {
        this.valuations = valuations;
        this.decisions = decisions;
        this.audit = audit;
        this.evaluators = evaluators;
        this.messages = messages;
    }

    Map<String, Object> of(Evaluated evaluated) {
        Map<String, Object> variables = new HashMap<>();
        Map<String, CommitmentLines> commitments = new HashMap<>();
        for (WeightedSumResult.Row row : evaluated.result().rows()) {
            commitments.put(row.id(), CommitmentLines.of(evaluated, evaluated.bid(row.id()), valuations));
        }
        variables.put("opportunity", evaluated.evaluation());
        variables.put("evaluated", evaluated);
        variables.put("evaluationModel", evaluated.model());
        variables.put("criteria", evaluated.model().criteria());
        variables.put("rows", evaluated.result().rows());
        variables.put("commitments", commitments);
        variables.put(
                "sensitivity",
                Sensitivity.of(evaluated, SensitivityAnalysis.DEFAULT_DRAWS, SensitivityAnalysis.DEFAULT_SPREAD));
        variables.put("decision", decisions.find(evaluated.evaluation()).orElse(null));
        variables.put(
                "entries",
                ReportTrail.of(
                        audit.trail(evaluated.evaluation(), true),
                        evaluators.list(evaluated.evaluation()),
                        n -> messages.getMessage("evaluation.report.evaluatorRole", new Object[] {n}, Locale.UK)));
        return variables;
    }

    static ResponseEntity<byte[]> pdfResponse(byte[] body, String filename) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(filename).build().toString())
                .body(body);
    }
}
