package org.socialvaluehub.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.EnumSet;
import java.util.Set;
import org.socialvaluehub.shared.Role;

/** Whom to invite into an organisation, and with which roles. */
class InviteForm {

    @NotBlank(message = "{email.missing}")
    @Email(message = "{email.invalid}")
    private String email;

    @NotEmpty(message = "{invite.roles.missing}")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null ? null : email.strip();
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
    }
}
