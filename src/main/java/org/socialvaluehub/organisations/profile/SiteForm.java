package org.socialvaluehub.organisations.profile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new site: what it is called and its postcode. */
class SiteForm {

    @NotBlank(message = "{site.name.missing}")
    @Size(max = 120, message = "{site.name.tooLong}")
    private String name;

    private String postcode;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }
}
