package org.socialvaluehub.shared;

/** Implemented by the security principal so that pages can be handed the {@link SignedInUser}. */
public interface SignedInUserHolder {

    SignedInUser user();
}
