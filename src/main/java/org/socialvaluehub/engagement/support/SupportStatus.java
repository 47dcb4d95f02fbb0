package org.socialvaluehub.engagement.support;

/** Where a request stands: waiting for the coordinators, answered, or closed. */
public enum SupportStatus { OPEN, ANSWERED, CLOSED }
