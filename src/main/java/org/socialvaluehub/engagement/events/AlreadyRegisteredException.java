package org.socialvaluehub.engagement.events;

/** The person already has a place, or a place on the waiting list, at this event. */
class AlreadyRegisteredException extends RuntimeException {

    AlreadyRegisteredException() {
        super("Already registered");
    }
}
