package org.socialvaluehub.engagement.support;

/** What a person asks the coordinators for: a partner or buyer found, a challenge heard, a question answered. */
public enum SupportCategory { BROKERAGE, CHALLENGE, QUESTION, OTHER }
