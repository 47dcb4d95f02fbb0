package org.socialvaluehub.opportunities;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code opp_opportunity} and its lots. */
@Repository
class OpportunityRepository {

    private final JdbcClient jdbc;

    OpportunityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(NewOpportunity o) {
        long id = jdbc.sql("""
                insert into opp_opportunity (buyer_id, title, description, kind, status, cpv_codes,
                                             estimated_value, questions_close, deadline)
                values (:buyer, :title, :description, :kind, 'DRAFT', :cpv, :value, :questionsClose, :deadline)
                returning id""")
                .param("buyer", o.buyerId())
                .param("title", o.title().strip())
                .param("description", o.description())
                .param("kind", o.kind().name())
                .param("cpv", o.cpvCodes().toArray(String[]::new))
                .param("value", o.estimatedValue())
                .param("questionsClose", timestamp(o.questionsClose()))
                .param("deadline", timestamp(o.deadline()))
                .query(Long.class)
                .single();
        for (int i = 0; i < o.lotTitles().size(); i++) {
            jdbc.sql("insert into opp_lot (opportunity_id, number, title) values (:id, :number, :title)")
                    .param("id", id)
                    .param("number", i + 1)
                    .param("title", o.lotTitles().get(i).strip())
                    .update();
        }
        return id;
    }

    Optional<Opportunity> find(long id) {
        return jdbc.sql("select * from opp_opportunity where id = :id")
                .param("id", id)
                .query((rs, row) -> map(rs, lots(id)))
                .optional();
    }

    List<Lot> lots(long opportunityId) {
        return jdbc.sql("select * from opp_lot where opportunity_id = :id order by number")
                .param("id", opportunityId)
                .query((rs, row) -> new Lot(
                        rs.getLong("id"),
                        rs.getInt("number"),
                        rs.getString("title"),
                        rs.getBigDecimal("estimated_value")))
                .list();
    }

    /** Moves the status only if it is still {@code from}; false when someone else moved it first. */
    boolean moveStatus(long id, OpportunityStatus from, OpportunityStatus to, Integer frameworkVersion) {
        return jdbc.sql("""
                update opp_opportunity set status = :to, updated_at = now(),
                       framework_version = coalesce(framework_version, :version),
                       published_at = case when :to in ('PLANNED', 'OPEN') then coalesce(published_at, now())
                                           else published_at end
                where id = :id and status = :from""")
                        .param("id", id)
                        .param("from", from.name())
                        .param("to", to.name())
                        .param("version", frameworkVersion)
                        .update()
                == 1;
    }

    private static Opportunity map(ResultSet rs, List<Lot> lots) throws SQLException {
        Array cpv = rs.getArray("cpv_codes");
        Integer version = rs.getObject("framework_version", Integer.class);
        return new Opportunity(
                rs.getLong("id"),
                rs.getLong("buyer_id"),
                rs.getString("title"),
                OpportunityKind.valueOf(rs.getString("kind")),
                OpportunityStatus.valueOf(rs.getString("status")),
                cpv == null ? List.of() : Arrays.asList((String[]) cpv.getArray()),
                rs.getBigDecimal("estimated_value"),
                instant(rs.getTimestamp("questions_close")),
                instant(rs.getTimestamp("deadline")),
                version,
                lots);
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
