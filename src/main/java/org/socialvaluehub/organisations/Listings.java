package org.socialvaluehub.organisations;

import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Whether each organisation is listed in the directory yet, and to whom. */
@Component
class Listings {

    private final JdbcClient jdbc;

    Listings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void hold(long id, DirectoryListing listing) {
        jdbc.sql("update org_organisation set listed = false, listing = :listing where id = :id")
                .param("id", id)
                .param("listing", listing.name())
                .update();
    }

    void list(long id) {
        jdbc.sql("update org_organisation set listed = true, updated_at = now() where id = :id")
                .param("id", id)
                .update();
    }

    boolean isListed(long id) {
        return jdbc.sql("select listed from org_organisation where id = :id")
                .param("id", id)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    Set<Long> unlisted() {
        return Set.copyOf(jdbc.sql("select id from org_organisation where not listed")
                .query(Long.class)
                .list());
    }

    /** Removes an organisation that was never listed (a registration nobody confirmed); a listed one stays. */
    boolean deleteUnlisted(long id) {
        return jdbc.sql("delete from org_organisation where id = :id and not listed")
                        .param("id", id)
                        .update()
                == 1;
    }
}
