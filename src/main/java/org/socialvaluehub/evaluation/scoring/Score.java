package org.socialvaluehub.evaluation.scoring;

/**
 * One evaluator's mark for one answer, with the justification; or, as a consensus, the moderated mark and its
 * rationale.
 */
public record Score(long bidId, long questionId, long evaluatorId, int score, String justification) {}
