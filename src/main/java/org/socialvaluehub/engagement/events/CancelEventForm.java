package org.socialvaluehub.engagement.events;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why an organiser cancels an event: sent to everyone who signed up and shown on the event's page. */
public class CancelEventForm {

    @NotBlank(message = "{events.cancelEvent.reason.required}")
    @Size(max = 1000, message = "{events.cancelEvent.reason.tooLong}")
    private String reason = "";

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
