package org.socialvaluehub.spend;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code spend_supplier_name}: supplier names as spend files write them, and who they are. */
@Repository
class SupplierNameRepository {

    private final JdbcClient jdbc;

    SupplierNameRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A directory organisation a spend name can be matched to. */
    record Candidate(long id, String name, String companyNumber, String charityNumber) {
    }

    /** A supplier name waiting for a coordinator, with the organisation it may be. */
    record Suggestion(String nameKey, String displayName, long organisationId, String organisationName,
                      double similarity) {
    }

    void registerNames(long importId) {
        jdbc.sql("""
                insert into spend_supplier_name (name_key, display_name)
                select supplier_key, min(supplier_name) from spend_line
                where import_id = :id and not redacted and supplier_key <> '' group by supplier_key
                on conflict (name_key) do nothing""").param("id", importId).update();
    }

    List<String> newNames() {
        return jdbc.sql("select name_key from spend_supplier_name where status = 'NEW'").query(String.class).list();
    }

    /** The company or charity numbers spend lines gave for names not yet resolved. */
    Map<String, List<String>> numbersOfNewNames() {
        return jdbc.sql("""
                select distinct l.supplier_key, l.organisation_number from spend_line l
                join spend_supplier_name n on n.name_key = l.supplier_key
                where n.status = 'NEW' and l.organisation_number is not null""")
            .query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
            .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    /**
     * The directory's suppliers. Read-only from the organisations module's table, because its API has no list of
     * suppliers yet; to be replaced by the directory's search when it has one.
     */
    List<Candidate> candidates() {
        return jdbc.sql("select id, name, company_number, charity_number from org_organisation where kind = 'SUPPLIER'")
            .query((rs, i) -> new Candidate(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
    }

    void resolve(String nameKey, Long organisationId, String status, String method, Double similarity) {
        jdbc.sql("""
                update spend_supplier_name set organisation_id = :org, status = :status, method = :method,
                    similarity = :similarity where name_key = :key""")
            .param("org", organisationId).param("status", status).param("method", method)
            .param("similarity", similarity).param("key", nameKey).update();
    }

    boolean decide(String nameKey, boolean confirm, long userId) {
        return jdbc.sql("""
                update spend_supplier_name set status = :status,
                    organisation_id = case when :confirm then organisation_id else null end,
                    method = case when :confirm then 'COORDINATOR' else method end,
                    decided_by = :user, decided_at = now()
                where name_key = :key and status = 'SUGGESTED'""")
            .param("status", confirm ? "CONFIRMED" : "REJECTED").param("confirm", confirm)
            .param("user", userId).param("key", nameKey).update() == 1;
    }

    List<Suggestion> suggestions() {
        return jdbc.sql("""
                select n.name_key, n.display_name, n.organisation_id, o.name, n.similarity
                from spend_supplier_name n join org_organisation o on o.id = n.organisation_id
                where n.status = 'SUGGESTED' order by n.similarity desc, n.display_name limit 200""")
            .query((rs, i) -> new Suggestion(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                rs.getDouble(5))).list();
    }

    /** The organisation each resolved name is (matched automatically or confirmed by a coordinator). */
    Map<String, Long> resolved() {
        return jdbc.sql("""
                select name_key, organisation_id from spend_supplier_name
                where status in ('MATCHED', 'CONFIRMED') and organisation_id is not null""")
            .query((rs, i) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Names of organisations, from the organisations module's table (read-only, as {@link #candidates()}). */
    Map<Long, String> organisationNames(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select id, name from org_organisation where id in (:ids)").param("ids", ids)
            .query((rs, i) -> Map.entry(rs.getLong(1), rs.getString(2))).list().stream()
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    Map<String, String> displayNames(java.util.Collection<String> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select name_key, display_name from spend_supplier_name where name_key in (:keys)")
            .param("keys", keys).query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
