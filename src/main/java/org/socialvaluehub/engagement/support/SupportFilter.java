package org.socialvaluehub.engagement.support;

/** The coordinators' queue filters: status, category, and "mine" or "unassigned" ({@code assigned}). */
public record SupportFilter(SupportStatus status, SupportCategory category, String assigned) {

    boolean mine() {
        return "me".equals(assigned);
    }

    boolean unassigned() {
        return "none".equals(assigned);
    }
}
