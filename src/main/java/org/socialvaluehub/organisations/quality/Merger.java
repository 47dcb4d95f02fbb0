package org.socialvaluehub.organisations.quality;

import java.util.Objects;
import java.util.stream.Stream;
import org.socialvaluehub.organisations.Organisation;
import org.socialvaluehub.organisations.Organisations;
import org.socialvaluehub.organisations.OrganisationsMerged;
import org.socialvaluehub.organisations.profile.Categories;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges a duplicate into the surviving organisation: the survivor keeps its id and gains the other's
 * sites, credentials, evidence, CPV codes and claims, fills its own empty fields from it, and the merged name goes
 * into history. Other modules move their rows (members, bids, interests, registrations, pledges, spend) when they hear
 * {@link OrganisationsMerged}, after this commits; no foreign key ties them to the deleted row (decision 0005).
 */
@Service
class Merger {

    private final JdbcClient jdbc;
    private final Organisations organisations;
    private final Categories categories;
    private final ApplicationEventPublisher events;

    Merger(JdbcClient jdbc, Organisations organisations, Categories categories, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.categories = categories;
        this.events = events;
    }

    @Transactional
    void merge(long survivorId, long mergedId, String coordinator) {
        if (survivorId == mergedId) {
            throw new IllegalArgumentException("An organisation cannot be merged into itself");
        }
        Organisation merged = organisations.find(mergedId).orElseThrow();
        organisations.find(survivorId).orElseThrow();
        String identifiers = String.join(
                " ",
                Stream.of(merged.companyNumber(), merged.charityNumber())
                        .filter(Objects::nonNull)
                        .toList());
        jdbc.sql("""
                insert into org_merge_history (survivor_id, merged_id, merged_name, merged_identifiers, merged_by)
                values (:survivor, :merged, :name, :ids, :by)""")
                .param("survivor", survivorId)
                .param("merged", mergedId)
                .param("name", merged.name())
                .param("ids", identifiers.isEmpty() ? null : identifiers)
                .param("by", coordinator)
                .update();
        for (String table : new String[] {"org_site", "org_credential", "org_evidence_file", "org_claim"}) {
            jdbc.sql("update " + table + " set organisation_id = :survivor where organisation_id = :merged")
                    .param("survivor", survivorId)
                    .param("merged", mergedId)
                    .update();
        }
        jdbc.sql("update org_merge_history set survivor_id = :survivor where survivor_id = :merged")
                .param("survivor", survivorId)
                .param("merged", mergedId)
                .update();
        jdbc.sql("""
                insert into org_cpv (organisation_id, code) select :survivor, code from org_cpv
                    where organisation_id = :merged
                on conflict do nothing""").param("survivor", survivorId).param("merged", mergedId).update();
        jdbc.sql("""
                update org_organisation s set website = coalesce(s.website, m.website),
                       social_value_offer = coalesce(s.social_value_offer, m.social_value_offer),
                       company_number = coalesce(s.company_number, m.company_number),
                       charity_number = coalesce(s.charity_number, m.charity_number),
                       mutual_number = coalesce(s.mutual_number, m.mutual_number),
                       sic_code = coalesce(s.sic_code, m.sic_code),
                       trading_names = nullif(concat_ws(E'\\n', s.trading_names, m.name), ''), updated_at = now()
                from org_organisation m where s.id = :survivor and m.id = :merged
                """).param("survivor", survivorId).param("merged", mergedId).update();
        events.publishEvent(new OrganisationsMerged(survivorId, mergedId));
        jdbc.sql("delete from org_organisation where id = :merged")
                .param("merged", mergedId)
                .update();
        categories.refreshLabels(survivorId);
        organisations.refreshLocality(survivorId);
    }
}
