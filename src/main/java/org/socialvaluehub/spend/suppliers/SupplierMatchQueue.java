package org.socialvaluehub.spend.suppliers;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.socialvaluehub.organisations.Organisation;
import org.socialvaluehub.organisations.Organisations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The coordinators' queue of close spellings to check, closest first, one page at a time. */
@Component
class SupplierMatchQueue {

    static final int PAGE_SIZE = 25;

    private final JdbcClient jdbc;
    private final Organisations organisations;

    SupplierMatchQueue(JdbcClient jdbc, Organisations organisations) {
        this.jdbc = jdbc;
        this.organisations = organisations;
    }

    /** A page of suggestions, with the directory name of the organisation each may be, and the queue's length. */
    record Page(List<SupplierNameRepository.Suggestion> suggestions, long total) {}

    /** How many suggestions wait, as the queue's pages count them. */
    long waiting() {
        return jdbc.sql("""
                        select count(*) from spend_supplier_name
                        where status = 'SUGGESTED' and organisation_id is not null""").query(Long.class).single();
    }

    Page page(int page) {
        long total = waiting();
        List<SupplierNameRepository.Suggestion> waiting = jdbc.sql("""
                select name_key, display_name, organisation_id, similarity from spend_supplier_name
                where status = 'SUGGESTED' and organisation_id is not null
                order by similarity desc, display_name, name_key limit :limit offset :offset""")
                .param("limit", PAGE_SIZE)
                .param("offset", (page - 1) * PAGE_SIZE)
                .query((rs, i) -> new SupplierNameRepository.Suggestion(
                        rs.getString(1), rs.getString(2), rs.getLong(3), null, rs.getDouble(4)))
                .list();
        Map<Long, String> names = organisations
                .findAll(waiting.stream()
                        .map(SupplierNameRepository.Suggestion::organisationId)
                        .distinct()
                        .toList())
                .stream()
                .collect(Collectors.toMap(Organisation::id, Organisation::name));
        // A name whose organisation has since gone from the directory waits for the merge that moves it.
        return new Page(
                waiting.stream()
                        .filter(s -> names.containsKey(s.organisationId()))
                        .map(s -> new SupplierNameRepository.Suggestion(
                                s.nameKey(),
                                s.displayName(),
                                s.organisationId(),
                                names.get(s.organisationId()),
                                s.similarity()))
                        .toList(),
                total);
    }
}
