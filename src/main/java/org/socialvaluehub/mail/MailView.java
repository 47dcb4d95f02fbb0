package org.socialvaluehub.mail;

import java.time.Instant;

/** One e-mail as the outbox page shows it. */
record MailView(long id, String recipient, String subject, String body, Instant createdAt, String delivery) {}
