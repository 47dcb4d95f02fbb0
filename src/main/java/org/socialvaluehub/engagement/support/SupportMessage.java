package org.socialvaluehub.engagement.support;

import java.time.Instant;

/** One message in a request's thread, from the requester or a coordinator. */
public record SupportMessage(long id, String authorName, boolean fromCoordinator, String body, Instant createdAt) {}
