package org.socialvaluehub.resources.content;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code resource_item} and its {@code resource_version}s for coordinators. */
@Repository
class ResourceRepository {

    private final JdbcClient jdbc;

    ResourceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertItem(String slug, ResourceKind kind) {
        return jdbc.sql("insert into resource_item (slug, kind) values (:slug, :kind) returning id")
                .param("slug", slug)
                .param("kind", kind.name())
                .query(Long.class)
                .single();
    }

    boolean slugTaken(String slug) {
        return jdbc.sql("select count(*) from resource_item where slug = :slug")
                        .param("slug", slug)
                        .query(Long.class)
                        .single()
                > 0;
    }

    long count() {
        return jdbc.sql("select count(*) from resource_item").query(Long.class).single();
    }

    long insertVersion(long resourceId, ResourceContent c, String savedBy) {
        CaseFacts f = c.facts();
        return jdbc.sql("""
                insert into resource_version (resource_id, number, title, summary, body, roles, stages, themes, facts,
                    saved_by)
                values (:id, (select coalesce(max(number), 0) + 1 from resource_version where resource_id = :id),
                        :title, :summary, :body, string_to_array(:roles, ','), string_to_array(:stages, ','),
                        string_to_array(:themes, ','), %s, :savedBy)
                returning id""".formatted(Rows.FACTS_JSON))
                .param("id", resourceId)
                .param("title", c.title())
                .param("summary", c.summary())
                .param("body", c.body())
                .param("roles", Rows.joined(c.roles()))
                .param("stages", Rows.joined(c.stages()))
                .param("themes", Rows.joined(c.themes()))
                .param("fType", f.organisationType())
                .param("fSize", f.organisationSize())
                .param("fSector", f.sector())
                .param("fWhat", f.whatTheyDid())
                .param("fOutcome", f.outcome())
                .param("fResults", f.results())
                .param("fContact", f.contact())
                .param("savedBy", savedBy)
                .query(Long.class)
                .single();
    }

    /** Makes the resource's newest version the one the public sees. */
    void publishLatest(long resourceId) {
        jdbc.sql("""
                with latest as (update resource_version set published_at = now()
                    where id = (select id from resource_version where resource_id = :id order by number desc limit 1)
                    returning id)
                update resource_item set published_version_id = (select id from latest) where id = :id
                """).param("id", resourceId).update();
    }

    Optional<ResourceDraft> latest(long resourceId) {
        return jdbc.sql("""
                select i.id as item_id, i.slug, i.kind, v.*, %s,
                       (select number from resource_version where id = i.published_version_id) as published_number
                from resource_item i join resource_version v on v.resource_id = i.id
                where i.id = :id order by v.number desc limit 1""".formatted(Rows.FACT_COLUMNS))
                .param("id", resourceId)
                .query((rs, n) -> new ResourceDraft(
                        rs.getLong("item_id"),
                        rs.getString("slug"),
                        ResourceKind.valueOf(rs.getString("kind")),
                        rs.getInt("number"),
                        (Integer) rs.getObject("published_number"),
                        Rows.content(rs)))
                .optional();
    }

    List<ResourceDraft.Listed> all() {
        return jdbc.sql("""
                select i.id, i.slug, i.kind, v.title, v.number, pv.number as published_number, v.saved_at
                from resource_item i
                join lateral (select * from resource_version where resource_id = i.id order by number desc limit 1) v
                    on true
                left join resource_version pv on pv.id = i.published_version_id
                order by i.kind, lower(v.title)""")
                .query((rs, n) -> new ResourceDraft.Listed(
                        rs.getLong("id"),
                        rs.getString("slug"),
                        ResourceKind.valueOf(rs.getString("kind")),
                        rs.getString("title"),
                        rs.getInt("number"),
                        (Integer) rs.getObject("published_number"),
                        instant(rs.getTimestamp("saved_at"))))
                .list();
    }

    List<ResourceDraft.Version> versions(long resourceId) {
        return jdbc.sql("""
                select number, title, saved_by, saved_at, published_at from resource_version
                where resource_id = :id order by number desc""")
                .param("id", resourceId)
                .query((rs, n) -> new ResourceDraft.Version(
                        rs.getInt("number"),
                        rs.getString("title"),
                        rs.getString("saved_by"),
                        instant(rs.getTimestamp("saved_at")),
                        instant(rs.getTimestamp("published_at"))))
                .list();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
