package org.socialvaluehub.resources.content;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The public reads of the library: search with filters, one resource, related ones and next steps. */
@Repository
class ResourceQueries {

    private static final String SUMMARY = "p.id, p.slug, p.kind, p.title, p.summary, p.roles, p.stages, p.themes";

    private final JdbcClient jdbc;

    ResourceQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ResourceSummary> search(ResourceFilter filter) {
        return jdbc.sql("""
                select %s from resource_published p
                where (:kind = '' or p.kind = :kind) and (:role = '' or :role = any(p.roles))
                  and (:stage = '' or :stage = any(p.stages)) and (:theme = '' or :theme = any(p.themes))
                  and (:q = '' or p.search @@ websearch_to_tsquery('english', :q))
                order by case when :q = '' then 0 else ts_rank(p.search, websearch_to_tsquery('english', :q)) end desc,
                         p.kind, p.title""".formatted(SUMMARY))
                .param("kind", filter.kind())
                .param("role", filter.role())
                .param("stage", filter.stage())
                .param("theme", filter.theme())
                .param("q", filter.q())
                .query(Rows::summary)
                .list();
    }

    Optional<Resource> find(String slug) {
        return jdbc.sql("select p.*, " + Rows.FACT_COLUMNS + " from resource_published p where p.slug = :slug")
                .param("slug", slug)
                .query((rs, n) -> new Resource(
                        rs.getLong("id"),
                        rs.getString("slug"),
                        ResourceKind.valueOf(rs.getString("kind")),
                        Rows.content(rs),
                        rs.getTimestamp("published_at").toInstant()))
                .optional();
    }

    /** Other published resources sharing themes, stages or roles with this one, the closest first. */
    List<ResourceSummary> related(long id, int limit) {
        return jdbc.sql("""
                select %s from resource_published p, resource_published me
                where me.id = :id and p.id <> me.id and (p.themes && me.themes or p.stages && me.stages)
                order by (select count(*) from unnest(p.themes) t where t = any(me.themes)) * 2
                       + (select count(*) from unnest(p.stages) s where s = any(me.stages))
                       + case when p.roles && me.roles then 1 else 0 end desc, p.title
                limit :limit""".formatted(SUMMARY))
                .param("id", id)
                .param("limit", limit)
                .query(Rows::summary)
                .list();
    }

    /** The actions first, then guides and the rest, tagged for a role at a stage. */
    List<ResourceSummary> forStage(String role, String stage, int limit) {
        return jdbc.sql("""
                select %s from resource_published p
                where :role = any(p.roles) and :stage = any(p.stages)
                order by case p.kind when 'ACTION' then 0 when 'GUIDE' then 1 when 'PROGRAMME' then 2 else 3 end,
                    p.title
                limit :limit""".formatted(SUMMARY))
                .param("role", role)
                .param("stage", stage)
                .param("limit", limit)
                .query(Rows::summary)
                .list();
    }
}
