package org.socialvaluehub.resources.core;

/** A maturity stage on the social value journey, in order from first steps to leading others. */
public enum Stage {
    STARTING,
    DEVELOPING,
    ESTABLISHED,
    LEADING;

    /** The stage to work towards next; leading stays leading. */
    public Stage next() {
        return this == LEADING ? LEADING : values()[ordinal() + 1];
    }

    /** 1 for starting up to 4 for leading, as drawn on the chart. */
    public int level() {
        return ordinal() + 1;
    }
}
