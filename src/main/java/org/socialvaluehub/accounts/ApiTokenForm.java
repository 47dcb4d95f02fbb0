package org.socialvaluehub.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;

/** A new partner API token: what it is for, whether it may write, and how long it lasts. */
class ApiTokenForm {

    @NotBlank(message = "{apiTokens.name.missing}")
    @Size(max = 100, message = "{apiTokens.name.tooLong}")
    private String name;

    @NotNull(message = "{apiTokens.access.missing}")
    @Pattern(regexp = "read|write", message = "{apiTokens.access.missing}")
    private String access;

    @NotNull(message = "{apiTokens.lifetime.missing}")
    @Pattern(regexp = "30|90|365", message = "{apiTokens.lifetime.missing}")
    private String days;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAccess() {
        return access;
    }

    public void setAccess(String access) {
        this.access = access;
    }

    public String getDays() {
        return days;
    }

    public void setDays(String days) {
        this.days = days;
    }

    boolean mayWrite() {
        return "write".equals(access);
    }

    Duration lifetime() {
        return Duration.ofDays(Long.parseLong(days));
    }
}
