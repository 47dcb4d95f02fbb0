package org.socialvaluehub.shared;

/** One part of the partnership team's work; a coordinator holds one or more, never a council's own records. */
public enum CoordinatorRole {
    /** The directory and shared content: profiles, credentials, claims, framework, guides, events, support. */
    DIRECTORY,
    /** Partnership reporting: the partnership's spend aggregates, supplier matching, evaluations councils share. */
    REPORTING,
    /** Platform administration: buyer organisations, coordinators and their roles, the audit log, the outbox. */
    PLATFORM
}
