package org.socialvaluehub.opportunities;

/**
 * A condition another module sets on opening an opportunity for bids, such as a complete evaluation model.
 * It lets that module veto the opening without this module knowing it (that module depends on this one).
 */
public interface OpeningCheck {

    /**
     * Refuses the opening when the opportunity is not ready for bids.
     *
     * @throws OpeningRefused saying why
     */
    void check(Opportunity opportunity);
}
