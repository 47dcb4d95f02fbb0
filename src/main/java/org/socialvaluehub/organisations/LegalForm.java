package org.socialvaluehub.organisations;

/** The legal forms the directory distinguishes (UK). */
public enum LegalForm {
    COMPANY,
    CIC,
    CHARITY,
    CIO,
    COOPERATIVE,
    SOLE_TRADER,
    PARTNERSHIP,
    PUBLIC_BODY;

    /** Voluntary, community and social enterprise forms, as UK procurement policy groups them. */
    public boolean isVcse() {
        return this == CIC || this == CHARITY || this == CIO || this == COOPERATIVE;
    }
}
