package org.socialvaluehub.resources.pledges;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes what organisations pledge each year, {@code resource_pledge_commitment}. */
@Repository
class CommitmentRepository {

    private static final String SELECT = """
            select c.*, p.category, p.title from resource_pledge_commitment c join resource_pledge p on p.id =
            c.pledge_id
            """;
    private static final String ORDER =
            " order by array_position(array['BUYER','SUPPLIER','EMPLOYER'], p.category), lower(p.title)";

    private final JdbcClient jdbc;

    CommitmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Commitment> of(long organisationId, int year) {
        return jdbc.sql(SELECT + " where c.organisation_id = :org and c.year = :year" + ORDER)
                .param("org", organisationId)
                .param("year", year)
                .query(CommitmentRepository::map)
                .list();
    }

    Optional<Commitment> find(long id) {
        return jdbc.sql(SELECT + " where c.id = :id")
                .param("id", id)
                .query(CommitmentRepository::map)
                .optional();
    }

    /** Every organisation's pledges in a year, for the public page. */
    List<Commitment> inYear(int year) {
        return jdbc.sql(SELECT + " where c.year = :year" + ORDER)
                .param("year", year)
                .query(CommitmentRepository::map)
                .list();
    }

    /** Adds the chosen pledges and removes the others for the year. */
    void choose(long organisationId, int year, Collection<Long> pledgeIds) {
        String ids = pledgeIds.stream()
                .map(String::valueOf)
                .reduce((a, b) -> a + "," + b)
                .orElse("");
        jdbc.sql("""
                delete from resource_pledge_commitment where organisation_id = :org and year = :year
                and not (pledge_id = any(string_to_array(:ids, ',')::bigint[]))""")
                .param("org", organisationId)
                .param("year", year)
                .param("ids", ids)
                .update();
        jdbc.sql("""
                insert into resource_pledge_commitment (organisation_id, pledge_id, year)
                select :org, p.id, :year from resource_pledge p where p.id = any(string_to_array(:ids, ',')::bigint[])
                on conflict do nothing""")
                .param("org", organisationId)
                .param("year", year)
                .param("ids", ids)
                .update();
    }

    void record(long id, String baseline, String progress, String evidence, boolean published) {
        jdbc.sql("""
                update resource_pledge_commitment set baseline = :baseline, progress = :progress, evidence = :evidence,
                published = :published, updated_at = now() where id = :id""")
                .param("id", id)
                .param("baseline", baseline)
                .param("progress", progress)
                .param("evidence", evidence)
                .param("published", published)
                .update();
    }

    /** Copies last year's pledges into the new year; last year's progress becomes the new baseline. */
    int renew(long organisationId, int fromYear, int toYear) {
        return jdbc.sql("""
                insert into resource_pledge_commitment (organisation_id, pledge_id, year, baseline, published)
                select c.organisation_id, c.pledge_id, :to, case when c.progress <> ''
                    then c.progress else c.baseline end,
                       c.published
                from resource_pledge_commitment c join resource_pledge p on p.id = c.pledge_id
                where c.organisation_id = :org and c.year = :from and p.active
                on conflict do nothing""")
                .param("org", organisationId)
                .param("from", fromYear)
                .param("to", toYear)
                .update();
    }

    List<Integer> years(long organisationId) {
        return jdbc.sql("select distinct year from resource_pledge_commitment where organisation_id = :org order by"
                        + " year desc")
                .param("org", organisationId)
                .query(Integer.class)
                .list();
    }

    private static Commitment map(ResultSet rs, int row) throws SQLException {
        return new Commitment(
                rs.getLong("id"),
                rs.getLong("organisation_id"),
                rs.getLong("pledge_id"),
                rs.getString("category"),
                rs.getString("title"),
                rs.getInt("year"),
                rs.getString("baseline"),
                rs.getString("progress"),
                rs.getString("evidence"),
                rs.getBoolean("published"));
    }
}
