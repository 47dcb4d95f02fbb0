package org.socialvaluehub.organisations.credentials;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.socialvaluehub.organisations.Credential;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The coordinators' queue of credentials, one page at a time, by status, kind and organisation name. */
@Component
class CredentialQueue {

    static final int PAGE_SIZE = 20;

    private final JdbcClient jdbc;

    CredentialQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A page of the queue and how many credentials the filter finds in all. */
    record Page(List<Credential> credentials, long total) {}

    Page find(CredentialQueueFilter filter) {
        StringBuilder where = new StringBuilder(" where c.status = :status");
        Map<String, Object> params = new HashMap<>();
        params.put("status", filter.status().name());
        if (!filter.type().isEmpty()) {
            where.append(" and c.type_code = :type");
            params.put("type", filter.type());
        }
        if (!filter.organisation().isEmpty()) {
            where.append(" and o.name ilike :name escape '\\'");
            params.put("name", "%" + filter.organisation().replaceAll("([\\\\%_])", "\\\\$1") + "%");
        }
        String from = CredentialRepository.SELECT + " join org_organisation o on o.id = c.organisation_id" + where;
        long total = jdbc.sql("select count(*) from (" + from + ") counted")
                .params(params)
                .query(Long.class)
                .single();
        List<Credential> page = jdbc.sql(from + " order by c.created_at, c.id limit :limit offset :offset")
                .params(params)
                .param("limit", PAGE_SIZE)
                .param("offset", (filter.page() - 1) * PAGE_SIZE)
                .query(CredentialRepository::map)
                .list();
        return new Page(page, total);
    }
}
