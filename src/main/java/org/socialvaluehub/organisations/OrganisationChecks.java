package org.socialvaluehub.organisations;

import org.socialvaluehub.organisations.core.OrgId;
import org.socialvaluehub.shared.PostcodeDistrict;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/** Checks the details people type about an organisation and names the field that is wrong. */
@Component
public class OrganisationChecks {

    private final PostcodeDistricts districts;

    OrganisationChecks(PostcodeDistricts districts) {
        this.districts = districts;
    }

    /** Rejects a postcode of the wrong shape, or one whose district does not exist. */
    public void checkPostcode(String field, String postcode, boolean required, Errors errors) {
        if (postcode == null || postcode.isBlank()) {
            if (required) {
                errors.rejectValue(field, "postcode.missing");
            }
            return;
        }
        var district = PostcodeDistrict.parse(postcode);
        if (district.isEmpty() || PostcodeDistrict.normaliseFull(postcode).isEmpty()) {
            errors.rejectValue(field, "postcode.malformed");
        } else if (!districts.isKnown(district.get())) {
            errors.rejectValue(
                    field,
                    "postcode.unknownDistrict",
                    new Object[] {district.get().code()},
                    null);
        }
    }

    public void checkCompanyNumber(String field, String number, Errors errors) {
        if (number != null
                && !number.isBlank()
                && Identifiers.companyNumber(number).isEmpty()) {
            errors.rejectValue(field, "companyNumber.invalid");
        }
    }

    public void checkCharityNumber(String field, String number, Errors errors) {
        if (number != null
                && !number.isBlank()
                && Identifiers.charityNumber(number).isEmpty()) {
            errors.rejectValue(field, "charityNumber.invalid");
        }
    }

    /** Rejects a number that is not in the shape of the FCA Mutuals Public Register (digits, optional R). */
    public void checkMutualNumber(String field, String number, Errors errors) {
        if (number != null && !number.isBlank() && normalisedMutualNumber(number) == null) {
            errors.rejectValue(field, "mutualNumber.invalid");
        }
    }

    /** Rejects a declared share that is not a whole percentage from 0 to 100. */
    public void checkShare(String field, String share, Errors errors) {
        if (share != null && !share.isBlank() && share(share) == null) {
            errors.rejectValue(field, "share.invalid");
        }
    }

    public static String normalisedMutualNumber(String number) {
        return OrgId.of(OrgId.Scheme.MPR, number).map(OrgId::number).orElse(null);
    }

    /** A percentage typed as "35" or "35%", or null when blank or not a whole number from 0 to 100. */
    public static Integer share(String text) {
        String digits = text == null ? "" : text.strip().replaceAll("%$", "").strip();
        if (!digits.matches("[0-9]{1,3}")) {
            return null;
        }
        int value = Integer.parseInt(digits);
        return value <= 100 ? value : null;
    }

    /** The postcode in its printed form, for storing once it has passed the checks. */
    public static String normalisedPostcode(String postcode) {
        return PostcodeDistrict.normaliseFull(postcode).orElse(null);
    }

    public static String normalisedCompanyNumber(String number) {
        return Identifiers.companyNumber(number).orElse(null);
    }

    public static String normalisedCharityNumber(String number) {
        return Identifiers.charityNumber(number).orElse(null);
    }
}
