package org.socialvaluehub.opportunities;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.socialvaluehub.opportunities.core.ValueBand;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes the whole of an opportunity in {@code opp_opportunity}, beyond the essentials. */
@Repository
class OpportunityDetailsRepository {

    private final JdbcClient jdbc;
    private final OpportunityRepository essentials;

    OpportunityDetailsRepository(JdbcClient jdbc, OpportunityRepository essentials) {
        this.jdbc = jdbc;
        this.essentials = essentials;
    }

    void update(long id, OpportunityDraft d, String locality) {
        jdbc.sql("""
                update opp_opportunity set title = :title, description = :description, kind = :kind, cpv_codes = :cpv,
                       estimated_value = :value, value_band = :band, planned_publication = :planned,
                       questions_close = :questionsClose, deadline = :deadline, expected_award = :award,
                       contract_start = :start, duration_months = :duration, delivery_district = :district,
                       delivery_locality = :locality, address = :address, suitable_sme = :sme, suitable_vcse = :vcse,
                       priorities = :priorities, updated_at = now()
                where id = :id""")
                .param("id", id)
                .param("title", d.title().strip())
                .param("description", blankToNull(d.description()))
                .param("kind", d.kind().name())
                .param("cpv", d.cpvCodes().toArray(String[]::new))
                .param("value", d.estimatedValue())
                .param("band", d.band() == null ? null : d.band().name())
                .param("planned", date(d.plannedPublication()))
                .param("questionsClose", timestamp(d.questionsClose()))
                .param("deadline", timestamp(d.deadline()))
                .param("award", date(d.expectedAward()))
                .param("start", date(d.contractStart()))
                .param("duration", d.durationMonths())
                .param("district", blankToNull(d.deliveryDistrict()))
                .param("locality", locality)
                .param("address", blankToNull(d.address()))
                .param("sme", d.suitableSme())
                .param("vcse", d.suitableVcse())
                .param("priorities", d.priorities().toArray(String[]::new))
                .update();
    }

    /** Replaces the lots (only while a draft, before anyone could refer to them). */
    void replaceLots(long id, List<String> titles) {
        jdbc.sql("delete from opp_lot where opportunity_id = :id")
                .param("id", id)
                .update();
        for (int i = 0; i < titles.size(); i++) {
            jdbc.sql("insert into opp_lot (opportunity_id, number, title) values (:id, :number, :title)")
                    .param("id", id)
                    .param("number", i + 1)
                    .param("title", titles.get(i))
                    .update();
        }
    }

    Optional<OpportunityDetails> find(long id) {
        return jdbc.sql("select * from opp_opportunity where id = :id")
                .param("id", id)
                .query((rs, row) -> map(rs))
                .optional();
    }

    List<OpportunityDetails> ofBuyers(Collection<Long> buyerIds) {
        if (buyerIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from opp_opportunity where buyer_id in (:buyers) order by updated_at desc")
                .param("buyers", List.copyOf(buyerIds))
                .query((rs, row) -> map(rs))
                .list();
    }

    List<OpportunityDetails> all() {
        return jdbc.sql("select * from opp_opportunity order by updated_at desc")
                .query((rs, row) -> map(rs))
                .list();
    }

    /** Every opportunity the public may see, open ones first, then by deadline. */
    List<OpportunityDetails> published() {
        return jdbc.sql("""
                select * from opp_opportunity where status <> 'DRAFT'
                order by case status when 'OPEN' then 0 when 'PLANNED' then 1 else 2 end, deadline nulls last, id
                """).query((rs, row) -> map(rs)).list();
    }

    List<Long> openPastDeadline(Instant now) {
        return jdbc.sql("select id from opp_opportunity where status = 'OPEN' and deadline <= :now order by id")
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .list();
    }

    private OpportunityDetails map(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        String band = rs.getString("value_band");
        return new OpportunityDetails(
                id,
                rs.getLong("buyer_id"),
                rs.getString("title"),
                rs.getString("description"),
                OpportunityKind.valueOf(rs.getString("kind")),
                OpportunityStatus.valueOf(rs.getString("status")),
                strings(rs.getArray("cpv_codes")),
                rs.getBigDecimal("estimated_value"),
                band == null ? null : ValueBand.valueOf(band),
                localDate(rs.getDate("planned_publication")),
                instant(rs.getTimestamp("questions_close")),
                instant(rs.getTimestamp("deadline")),
                localDate(rs.getDate("expected_award")),
                localDate(rs.getDate("contract_start")),
                rs.getObject("duration_months", Integer.class),
                rs.getString("delivery_district"),
                rs.getString("delivery_locality"),
                rs.getString("address"),
                rs.getBoolean("suitable_sme"),
                rs.getBoolean("suitable_vcse"),
                strings(rs.getArray("priorities")),
                rs.getObject("framework_version", Integer.class),
                instant(rs.getTimestamp("published_at")),
                instant(rs.getTimestamp("updated_at")),
                essentials.lots(id));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
