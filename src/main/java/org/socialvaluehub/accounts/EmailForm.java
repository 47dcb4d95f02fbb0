package org.socialvaluehub.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;

/** An e-mail address typed on its own (forgotten password). */
class EmailForm {

    @NotBlank(message = "{email.missing}")
    @Email(message = "{email.invalid}")
    private String email;

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null ? null : email.strip();
    }
}
