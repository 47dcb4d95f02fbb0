package org.socialvaluehub.engagement.support;

import org.springframework.modulith.NamedInterface;

/** What a person asks the coordinators for: a partner or buyer found, a challenge heard, a question answered. */
@NamedInterface("support")
public enum SupportCategory {
    BROKERAGE,
    CHALLENGE,
    QUESTION,
    OTHER
}
