package org.socialvaluehub.organisations.directory;

import java.util.List;

/** One facet of the directory (legal form, size, ...) with its options and how many results each gives. */
public record FacetGroup(String titleKey, String param, List<Option> options) {

    /** One choice: its value in the address, a message key or a label, the count and whether it is ticked. */
    public record Option(String value, String messageKey, String label, long count, boolean selected) {}
}
