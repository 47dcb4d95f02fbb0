package org.socialvaluehub.organisations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.socialvaluehub.shared.Title;

/** The profile fields an organisation's own people edit. */
class ProfileForm {

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

    @Size(max = 1000, message = "{organisation.tradingNames.tooLong}")
    private String tradingNames;

    private String mutualNumber;
    private String sicCode;
    private String localSpendShare;
    private String localWageShare;

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
        form.tradingNames = String.join("\n", d.tradingNames());
        form.mutualNumber = d.mutualNumber();
        form.sicCode = d.sicCode();
        form.localSpendShare =
                d.localSpendShare() == null ? null : d.localSpendShare().toString();
        form.localWageShare =
                d.localWageShare() == null ? null : d.localWageShare().toString();
        return form;
    }

    /** The trading names, one a line, without blanks or repeats. */
    java.util.List<String> tradingNameList() {
        return tradingNames == null
                ? java.util.List.of()
                : tradingNames
                        .lines()
                        .map(String::strip)
                        .filter(n -> !n.isEmpty())
                        .distinct()
                        .toList();
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
                OrganisationChecks.normalisedMutualNumber(mutualNumber),
                blankToNull(sicCode),
                OrganisationChecks.share(localSpendShare),
                OrganisationChecks.share(localWageShare));
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

    public String getTradingNames() {
        return tradingNames;
    }

    public void setTradingNames(String tradingNames) {
        this.tradingNames = tradingNames;
    }

    public String getMutualNumber() {
        return mutualNumber;
    }

    public void setMutualNumber(String mutualNumber) {
        this.mutualNumber = mutualNumber;
    }

    public String getSicCode() {
        return sicCode;
    }

    public void setSicCode(String sicCode) {
        this.sicCode = sicCode;
    }

    public String getLocalSpendShare() {
        return localSpendShare;
    }

    public void setLocalSpendShare(String localSpendShare) {
        this.localSpendShare = localSpendShare;
    }

    public String getLocalWageShare() {
        return localWageShare;
    }

    public void setLocalWageShare(String localWageShare) {
        this.localWageShare = localWageShare;
    }
}
