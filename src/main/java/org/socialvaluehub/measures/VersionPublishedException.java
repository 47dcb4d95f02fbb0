package org.socialvaluehub.measures;

/** Refuses a change to a framework version that has been published: published versions never change. */
public class VersionPublishedException extends IllegalStateException {

    private final int number;

    public VersionPublishedException(int number) {
        super("Framework version " + number + " is published and cannot be changed; edit the draft instead");
        this.number = number;
    }

    public int number() {
        return number;
    }
}
