package org.socialvaluehub.resources.pledges;

import jakarta.validation.constraints.Size;

/** An organisation's baseline, progress and evidence for one pledge, and whether to publish them. */
public class ProgressForm {

    @Size(max = 2000, message = "{pledges.text.tooLong}")
    private String baseline = "";

    @Size(max = 2000, message = "{pledges.text.tooLong}")
    private String progress = "";

    @Size(max = 2000, message = "{pledges.text.tooLong}")
    private String evidence = "";

    private boolean published;

    static ProgressForm of(Commitment c) {
        ProgressForm form = new ProgressForm();
        form.baseline = c.baseline();
        form.progress = c.progress();
        form.evidence = c.evidence();
        form.published = c.published();
        return form;
    }

    static String clean(String text) {
        return text == null ? "" : text.strip();
    }

    public String getBaseline() {
        return baseline;
    }

    public void setBaseline(String baseline) {
        this.baseline = baseline;
    }

    public String getProgress() {
        return progress;
    }

    public void setProgress(String progress) {
        this.progress = progress;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    public boolean isPublished() {
        return published;
    }

    public void setPublished(boolean published) {
        this.published = published;
    }
}
