package org.socialvaluehub.resources.pledges;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.socialvaluehub.shared.Title;

/** A charter pledge as a coordinator writes it. */
public class PledgeForm {

    @NotBlank(message = "{pledges.category.missing}")
    @Pattern(regexp = "^$|BUYER|SUPPLIER|EMPLOYER", message = "{pledges.category.missing}")
    private String category;

    @NotBlank(message = "{pledges.title.missing}")
    @Title
    private String title;

    @Size(max = 2000, message = "{pledges.text.tooLong}")
    private String description = "";

    private boolean active = true;

    static PledgeForm of(Pledge pledge) {
        PledgeForm form = new PledgeForm();
        form.category = pledge.category();
        form.title = pledge.title();
        form.description = pledge.description();
        form.active = pledge.active();
        return form;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
