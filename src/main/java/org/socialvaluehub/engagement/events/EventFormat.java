package org.socialvaluehub.engagement.events;

import org.springframework.modulith.NamedInterface;

/** Whether people meet at a venue or join through a link. */
@NamedInterface("events")
public enum EventFormat {
    IN_PERSON,
    ONLINE
}
