package org.socialvaluehub.organisations;

import java.util.List;
import org.socialvaluehub.organisations.core.OrgId;

/** Everything the directory shows about an organisation: facts, identifiers, sites, categories and credentials. */
public record OrganisationProfile(
        Organisation organisation,
        ProfileDetails details,
        List<OrgId> identifiers,
        String sicDescription,
        List<Site> sites,
        List<CpvCatalogue.Entry> categories,
        List<Credential> credentials) {

    public List<Credential> verifiedCredentials() {
        return credentials.stream().filter(Credential::verified).toList();
    }
}
