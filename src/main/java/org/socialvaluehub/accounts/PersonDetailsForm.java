package org.socialvaluehub.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A coordinator's correction of a person's name or e-mail address (rectification). */
class PersonDetailsForm {

    @NotBlank(message = "{registration.displayName.missing}")
    @Size(max = RegistrationForm.DISPLAY_NAME, message = "{registration.displayName.tooLong}")
    private String displayName;

    @NotBlank(message = "{email.missing}")
    @Email(message = "{email.invalid}")
    private String email;

    static PersonDetailsForm of(UserAccount account) {
        PersonDetailsForm form = new PersonDetailsForm();
        form.setDisplayName(account.displayName());
        form.setEmail(account.email());
        return form;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName == null ? null : displayName.strip();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null ? null : email.strip();
    }
}
