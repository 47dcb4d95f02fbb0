package org.socialvaluehub.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.socialvaluehub.organisations.DirectoryListing;
import org.socialvaluehub.organisations.LegalForm;
import org.socialvaluehub.organisations.SizeBand;
import org.socialvaluehub.shared.Title;

/** What a supplier types to register themselves and their organisation. */
class RegistrationForm {

    /** The longest name a person may give themselves, here and when accepting an invitation. */
    static final int DISPLAY_NAME = 120;

    @NotBlank(message = "{registration.displayName.missing}")
    @Size(max = DISPLAY_NAME, message = "{registration.displayName.tooLong}")
    private String displayName;

    @NotBlank(message = "{email.missing}")
    @Email(message = "{email.invalid}")
    @Size(max = 254, message = "{email.invalid}")
    private String email;

    private String password;

    @NotBlank(message = "{organisation.name.missing}")
    @Title(message = "{organisation.name.tooLong}", oneLine = "{organisation.name.oneLine}")
    private String organisationName;

    @NotNull(message = "{organisation.legalForm.missing}")
    private LegalForm legalForm;

    @NotNull(message = "{organisation.sizeBand.missing}")
    private SizeBand sizeBand;

    private String postcode;
    private String companyNumber;
    private String charityNumber;
    private DirectoryListing listing = DirectoryListing.PUBLIC;

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null ? null : email.strip();
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public void setOrganisationName(String organisationName) {
        this.organisationName = organisationName;
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

    public String getCompanyNumber() {
        return companyNumber;
    }

    public void setCompanyNumber(String companyNumber) {
        this.companyNumber = companyNumber;
    }

    public String getCharityNumber() {
        return charityNumber;
    }

    public void setCharityNumber(String charityNumber) {
        this.charityNumber = charityNumber;
    }

    public DirectoryListing getListing() {
        return listing;
    }

    public void setListing(DirectoryListing listing) {
        this.listing = listing == null ? DirectoryListing.PUBLIC : listing;
    }
}
