package org.socialvaluehub.engagement.support;

import org.springframework.modulith.NamedInterface;

/** Where a request stands: waiting for the coordinators, answered, or closed. */
@NamedInterface("support")
public enum SupportStatus {
    OPEN,
    ANSWERED,
    CLOSED
}
