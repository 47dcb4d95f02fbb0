package org.socialvaluehub.organisations.core;

/** Where an organisation is, seen from the partnership: inside its area, near it, or further away. */
public enum Locality {
    INSIDE,
    NEIGHBOURING,
    OUTSIDE;

    /** The closer of two localities (an organisation with several sites is as local as its nearest one). */
    public Locality closer(Locality other) {
        return other == null || ordinal() <= other.ordinal() ? this : other;
    }
}
