package org.socialvaluehub.engagement.events;

/** Whether people meet at a venue or join through a link. */
public enum EventFormat { IN_PERSON, ONLINE }
