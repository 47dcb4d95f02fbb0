package org.socialvaluehub.engagement.support;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.socialvaluehub.shared.Title;

/** A new request for help: what kind, a subject and the message. */
public class SupportForm {

    @NotNull(message = "{support.category.required}")
    private SupportCategory category;

    @NotBlank(message = "{support.subject.required}")
    @Title
    private String subject = "";

    @NotBlank(message = "{support.message.required}")
    @Size(max = 10000, message = "{support.message.tooLong}")
    private String message = "";

    public SupportCategory getCategory() {
        return category;
    }

    public void setCategory(SupportCategory category) {
        this.category = category;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }
}
