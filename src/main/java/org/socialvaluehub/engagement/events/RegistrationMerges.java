package org.socialvaluehub.engagement.events;

import java.util.List;
import org.socialvaluehub.organisations.OrganisationsMerged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Moves a merged organisation's event registrations and events (as buyer) to the surviving organisation. A place is
 * one person's, so places from both organisations at one event all stay; support requests are people's, not
 * organisations', and need nothing.
 */
@Component
class RegistrationMerges {

    private static final List<String> MOVES = List.of(
            "update eng_registration set organisation_id = :survivor where organisation_id = :merged",
            "update eng_event set buyer_id = :survivor where buyer_id = :merged");

    private final JdbcClient jdbc;

    RegistrationMerges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(OrganisationsMerged merged) {
        MOVES.forEach(statement -> jdbc.sql(statement).params(merged.ids()).update());
    }
}
