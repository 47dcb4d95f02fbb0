package org.socialvaluehub.opportunities;

import org.springframework.validation.BindingResult;

/** Puts a draft's problems on the form's fields, so each message sits beside what is wrong. */
final class OpportunityErrors {

    private OpportunityErrors() {}

    static void reject(InvalidDraftException e, BindingResult result) {
        e.problems().forEach(p -> result.rejectValue(p.field(), p.messageKey(), p.arguments(), p.messageKey()));
    }
}
