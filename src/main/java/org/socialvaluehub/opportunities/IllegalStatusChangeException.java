package org.socialvaluehub.opportunities;

/** Refuses a move the opportunity's life does not allow, such as reopening an awarded contract. */
class IllegalStatusChangeException extends RuntimeException {

    public IllegalStatusChangeException(long id, OpportunityStatus from, OpportunityStatus to) {
        super("Opportunity " + id + " cannot move from " + from + " to " + to);
    }
}
