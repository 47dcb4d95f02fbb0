package org.socialvaluehub.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.socialvaluehub.organisations.LegalForm;
import org.socialvaluehub.organisations.SizeBand;
import org.socialvaluehub.shared.Title;

/** A new partner (buyer) organisation and the e-mail of its first admin. */
class BuyerOrganisationForm {

    @NotBlank(message = "{organisation.name.missing}")
    @Title(message = "{organisation.name.tooLong}", oneLine = "{organisation.name.oneLine}")
    private String name;

    @NotNull(message = "{organisation.legalForm.missing}")
    private LegalForm legalForm = LegalForm.PUBLIC_BODY;

    @NotNull(message = "{organisation.sizeBand.missing}")
    private SizeBand sizeBand = SizeBand.LARGE;

    private String postcode;

    @NotBlank(message = "{email.missing}")
    @Email(message = "{email.invalid}")
    private String adminEmail;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LegalForm getLegalForm() {
        return legalForm;
    }

    public void setLegalForm(LegalForm legalForm) {
        this.legalForm = legalForm;
    }

    public SizeBand getSizeBand() {
        return sizeBand;
    }

    public void setSizeBand(SizeBand sizeBand) {
        this.sizeBand = sizeBand;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public String getAdminEmail() {
        return adminEmail;
    }

    public void setAdminEmail(String adminEmail) {
        this.adminEmail = adminEmail == null ? null : adminEmail.strip();
    }
}
