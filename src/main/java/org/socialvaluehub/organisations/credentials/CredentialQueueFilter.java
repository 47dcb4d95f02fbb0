package org.socialvaluehub.organisations.credentials;

import java.util.Locale;
import org.socialvaluehub.organisations.Credential;
import org.socialvaluehub.shared.InvalidRequest;
import org.socialvaluehub.shared.PageNumbers;
import org.springframework.web.util.UriComponentsBuilder;

/** Which credentials a coordinator is looking at: a status, a kind (or every kind), part of a name, and a page. */
record CredentialQueueFilter(Credential.Status status, String type, String organisation, int page) {

    static final int NAME_LIMIT = 120;

    /** The filter from an address's values; a status or page that cannot be is refused with a plain message. */
    static CredentialQueueFilter of(String status, String type, String organisation, int page) {
        Credential.Status parsed;
        try {
            parsed = Credential.Status.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest("review.filter.status.unknown");
        }
        if (organisation.length() > NAME_LIMIT) {
            throw new InvalidRequest("review.filter.organisation.tooLong", NAME_LIMIT);
        }
        return new CredentialQueueFilter(parsed, type.strip(), organisation.strip(), PageNumbers.checked(page));
    }

    /** This filter's address at another page. */
    String link(int otherPage) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/coordinator/credentials");
        if (status != Credential.Status.CLAIMED) {
            uri.queryParam("status", status.name());
        }
        if (!type.isEmpty()) {
            uri.queryParam("type", type);
        }
        if (!organisation.isEmpty()) {
            uri.queryParam("organisation", organisation);
        }
        if (otherPage > 1) {
            uri.queryParam("page", otherPage);
        }
        return uri.encode().build().toUriString();
    }
}
