package org.socialvaluehub.organisations.profile;

import java.util.Collection;
import java.util.List;
import org.socialvaluehub.organisations.CpvCatalogue;
import org.socialvaluehub.organisations.DirectoryChanged;
import org.socialvaluehub.organisations.core.CpvCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What organisations supply, as CPV codes ({@code org_cpv}, eight digits); the codes' labels are kept
 * on the organisation too so that full-text search finds them.
 */
@Service
@NamedInterface("profile")
public class Categories {

    private final JdbcClient jdbc;
    private final CpvCatalogue catalogue;
    private final ApplicationEventPublisher events;

    Categories(JdbcClient jdbc, CpvCatalogue catalogue, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.events = events;
    }

    public List<CpvCatalogue.Entry> of(long organisationId) {
        return jdbc
                .sql("select code from org_cpv where organisation_id = :id order by code")
                .param("id", organisationId)
                .query(String.class)
                .list()
                .stream()
                .flatMap(code -> catalogue.find(code).stream())
                .toList();
    }

    /** Suppliers offering any code that starts with one of the prefixes (a CPV division or group). */
    public List<Long> suppliersWithCodesStartingWith(Collection<String> prefixes) {
        if (prefixes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select distinct c.organisation_id from org_cpv c join org_organisation o on o.id = c.organisation_id
                where o.kind = 'SUPPLIER' and (left(c.code, 2) in (:prefixes) or left(c.code, 3) in (:prefixes))
                order by 1""")
                .param("prefixes", List.copyOf(prefixes))
                .query(Long.class)
                .list();
    }

    /** Adds a published code (any check digit); false when the code does not exist in CPV 2008. */
    @Transactional
    public boolean add(long organisationId, String code) {
        var entry = CpvCode.parse(code).flatMap(c -> catalogue.find(c.digits()));
        if (entry.isEmpty()) {
            return false;
        }
        jdbc.sql("insert into org_cpv (organisation_id, code) values (:org, :code) on conflict do nothing")
                .param("org", organisationId)
                .param("code", entry.get().digits())
                .update();
        refreshLabels(organisationId);
        return true;
    }

    @Transactional
    public void remove(long organisationId, String code) {
        CpvCode.parse(code)
                .ifPresent(c -> jdbc.sql("delete from org_cpv where organisation_id = :org and code = :code")
                        .param("org", organisationId)
                        .param("code", c.digits())
                        .update());
        refreshLabels(organisationId);
    }

    @Transactional
    public void refreshLabels(long organisationId) {
        String labels = String.join(
                " ", of(organisationId).stream().map(CpvCatalogue.Entry::label).toList());
        jdbc.sql("update org_organisation set cpv_labels = :labels where id = :id")
                .param("id", organisationId)
                .param("labels", labels.isEmpty() ? null : labels)
                .update();
        events.publishEvent(new DirectoryChanged(organisationId));
    }
}
