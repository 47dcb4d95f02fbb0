package org.socialvaluehub.organisations;

import java.util.List;

/**
 * Who to write to about an organisation. The accounts module knows people and implements this;
 * it is an interface only because accounts depends on organisations, not the other way round.
 */
public interface OrganisationPeople {

    /** E-mail addresses of the organisation's admins. */
    List<String> adminEmails(long organisationId);
}
