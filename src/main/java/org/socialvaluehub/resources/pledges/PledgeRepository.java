package org.socialvaluehub.resources.pledges;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes the charter's list of pledges, {@code resource_pledge}. */
@Repository
class PledgeRepository {

    private final JdbcClient jdbc;

    PledgeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Pledge> all(boolean activeOnly) {
        return jdbc.sql("""
                select * from resource_pledge where active or not :activeOnly
                order by array_position(array['BUYER','SUPPLIER','EMPLOYER'], category), lower(title)""")
                .param("activeOnly", activeOnly)
                .query(PledgeRepository::map)
                .list();
    }

    Optional<Pledge> find(long id) {
        return jdbc.sql("select * from resource_pledge where id = :id")
                .param("id", id)
                .query(PledgeRepository::map)
                .optional();
    }

    long insert(String category, String title, String description) {
        return jdbc.sql("insert into resource_pledge (category, title, description) values (:category, :title,"
                        + " :description) returning id")
                .param("category", category)
                .param("title", title)
                .param("description", description)
                .query(Long.class)
                .single();
    }

    void update(long id, String category, String title, String description, boolean active) {
        jdbc.sql("update resource_pledge set category = :category, title = :title, description ="
                        + " :description, active = :active where id = :id")
                .param("id", id)
                .param("category", category)
                .param("title", title)
                .param("description", description)
                .param("active", active)
                .update();
    }

    private static Pledge map(ResultSet rs, int row) throws SQLException {
        return new Pledge(
                rs.getLong("id"),
                rs.getString("category"),
                rs.getString("title"),
                rs.getString("description"),
                rs.getBoolean("active"));
    }
}
