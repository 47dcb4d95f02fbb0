package org.socialvaluehub.measures;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The change log note a coordinator writes when publishing the draft. */
class PublishForm {

    @NotBlank(message = "{framework.publish.changeNote.missing}")
    @Size(max = 2000, message = "{framework.publish.changeNote.tooLong}")
    private String changeNote;

    public String getChangeNote() {
        return changeNote;
    }

    public void setChangeNote(String changeNote) {
        this.changeNote = changeNote;
    }
}
