package org.socialvaluehub.accounts;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/** Puts the password policy's verdict on a form field. */
@Component
class PasswordChecks {

    private final PasswordPolicy policy;

    PasswordChecks(PasswordPolicy policy) {
        this.policy = policy;
    }

    void check(String field, String password, String email, Errors errors) {
        policy.check(password, email)
                .ifPresent(problem -> errors.rejectValue(
                        field, problem.messageKey, new Object[] {PasswordPolicy.MINIMUM_LENGTH}, null));
    }

    void checkConfirmation(String field, String password, String confirmation, Errors errors) {
        if (!errors.hasFieldErrors(field) && (confirmation == null || !confirmation.equals(password))) {
            errors.rejectValue(field, "password.mismatch");
        }
    }
}
