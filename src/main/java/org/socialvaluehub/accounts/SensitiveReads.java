package org.socialvaluehub.accounts;

import org.socialvaluehub.shared.SensitiveRecordRead;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Writes every read of a sensitive record into the security audit log. */
@Component
class SensitiveReads {

    private final AuditLog audit;

    SensitiveReads(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void on(SensitiveRecordRead read) {
        audit.record(
                AuditLog.EventType.SENSITIVE_RECORD_READ,
                read.reader() == null ? null : read.reader().id(),
                read.reader() == null ? null : read.reader().email(),
                read.record());
    }
}
