package org.socialvaluehub.organisations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.socialvaluehub.shared.Title;

/** The profile fields an organisation's own people edit; the further details are in {@link ProfileDetailsFields}. */
class ProfileForm extends ProfileDetailsFields {

    @NotBlank(message = "{organisation.name.missing}")
    @Title(message = "{organisation.name.tooLong}", oneLine = "{organisation.name.oneLine}")
    private String name;

    @NotNull(message = "{organisation.legalForm.missing}")
    private LegalForm legalForm;

    @NotNull(message = "{organisation.sizeBand.missing}")
    private SizeBand sizeBand;

    private String postcode;
    private String companyNumber;
    private String charityNumber;

    @Size(max = 300, message = "{organisation.website.invalid}")
    @Pattern(regexp = "^$|^https?://[^\\s]+\\.[^\\s]+$", message = "{organisation.website.invalid}")
    private String website;

    @Size(max = 5000, message = "{organisation.offer.tooLong}")
    private String socialValueOffer;

    static ProfileForm of(Organisation o) {
        ProfileForm form = new ProfileForm();
        form.name = o.name();
        form.legalForm = o.legalForm();
        form.sizeBand = o.sizeBand();
        form.postcode = o.postcode();
        form.companyNumber = o.companyNumber();
        form.charityNumber = o.charityNumber();
        form.website = o.website();
        form.socialValueOffer = o.socialValueOffer();
        return form;
    }

    static ProfileForm of(Organisation o, ProfileDetails d) {
        ProfileForm form = of(o);
        form.showDetails(d);
        return form;
    }

    ProfileChanges toChanges() {
        return new ProfileChanges(
                name.strip(),
                legalForm,
                sizeBand,
                OrganisationChecks.normalisedPostcode(postcode),
                OrganisationChecks.normalisedCompanyNumber(companyNumber),
                OrganisationChecks.normalisedCharityNumber(charityNumber),
                blankToNull(website),
                blankToNull(socialValueOffer),
                tradingNameList(),
                OrganisationChecks.normalisedMutualNumber(getMutualNumber()),
                blankToNull(getSicCode()),
                OrganisationChecks.share(getLocalSpendShare()),
                OrganisationChecks.share(getLocalWageShare()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

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

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website == null ? null : website.strip();
    }

    public String getSocialValueOffer() {
        return socialValueOffer;
    }

    public void setSocialValueOffer(String socialValueOffer) {
        this.socialValueOffer = socialValueOffer;
    }
}
