package org.socialvaluehub.engagement.support;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A reply or an answer in a request's thread. */
public class MessageForm {

    @NotBlank(message = "{support.message.required}")
    @Size(max = 10000, message = "{support.message.tooLong}")
    private String message = "";

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }
}
