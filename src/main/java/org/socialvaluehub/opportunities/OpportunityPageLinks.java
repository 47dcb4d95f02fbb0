package org.socialvaluehub.opportunities;

import java.util.List;
import org.socialvaluehub.shared.SignedInUser;

/**
 * Lets other modules (evaluation, for one) add links to an opportunity's page without the
 * opportunities module knowing them: declare a bean, and the page shows every link it returns.
 */
public interface OpportunityPageLinks {

    /** The links this module offers on the opportunity's page for this person (null when anonymous). */
    List<PageLink> linksFor(Opportunity opportunity, SignedInUser user);

    /** A link: the message key of its words and where it goes. */
    record PageLink(String messageKey, String path) {}
}
