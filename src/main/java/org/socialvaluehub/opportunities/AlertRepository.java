package org.socialvaluehub.opportunities;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.socialvaluehub.opportunities.Alerts.Alert;
import org.socialvaluehub.opportunities.Alerts.Frequency;
import org.socialvaluehub.opportunities.core.SearchCriteria;
import org.socialvaluehub.opportunities.core.ValueBand;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code opp_alert} and the notices waiting in {@code opp_alert_notice}. */
@Repository
class AlertRepository {

    private final JdbcClient jdbc;

    AlertRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long userId, String email, SearchCriteria c, Frequency frequency, String token) {
        return jdbc.sql("""
                insert into opp_alert (user_id, email, query, kind, division, value_band, buyer_id, sme, vcse,
                                       locality, frequency, token)
                values (:user, :email, :query, :kind, :division, :band, :buyer, :sme, :vcse, :locality, :frequency,
                    :token)
                returning id""")
                .param("user", userId)
                .param("email", email)
                .param("query", blankToNull(c.query()))
                .param("kind", blankToNull(c.kind()))
                .param("division", blankToNull(c.division()))
                .param("band", c.valueBand() == null ? null : c.valueBand().name())
                .param("buyer", c.buyerId())
                .param("sme", c.sme())
                .param("vcse", c.vcse())
                .param("locality", blankToNull(c.locality()))
                .param("frequency", frequency.name())
                .param("token", token)
                .query(Long.class)
                .single();
    }

    List<Alert> ofUser(long userId) {
        return jdbc.sql("select * from opp_alert where user_id = :u order by id")
                .param("u", userId)
                .query((rs, row) -> map(rs))
                .list();
    }

    List<Alert> all() {
        return jdbc.sql("select * from opp_alert order by id")
                .query((rs, row) -> map(rs))
                .list();
    }

    Optional<Alert> byToken(String token) {
        return jdbc.sql("select * from opp_alert where token = :t")
                .param("t", token)
                .query((rs, row) -> map(rs))
                .optional();
    }

    boolean delete(long userId, long alertId) {
        return jdbc.sql("delete from opp_alert where id = :id and user_id = :u")
                        .param("id", alertId)
                        .param("u", userId)
                        .update()
                == 1;
    }

    /** Records that the alert should mention the opportunity; an unsent notice for the pair absorbs it. */
    void notice(long alertId, long opportunityId, String reason) {
        jdbc.sql("""
                insert into opp_alert_notice (alert_id, opportunity_id, reason) values (:a, :o, :r)
                on conflict (alert_id, opportunity_id) where sent_at is null do nothing""")
                .param("a", alertId)
                .param("o", opportunityId)
                .param("r", reason)
                .update();
    }

    /** An unsent notice, locked so that two job runs never send it twice. */
    record Notice(long id, long alertId, long opportunityId, String reason) {}

    List<Notice> lockUnsent(Frequency frequency) {
        return jdbc.sql("""
                select n.id, n.alert_id, n.opportunity_id, n.reason from opp_alert_notice n
                join opp_alert a on a.id = n.alert_id
                where n.sent_at is null and a.frequency = :f order by n.alert_id, n.id
                for update of n skip locked""")
                .param("f", frequency.name())
                .query((rs, row) -> new Notice(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4)))
                .list();
    }

    void markSent(List<Long> noticeIds, Timestamp at) {
        jdbc.sql("update opp_alert_notice set sent_at = :at where id in (:ids)")
                .param("at", at)
                .param("ids", noticeIds)
                .update();
    }

    Optional<Alert> find(long id) {
        return jdbc.sql("select * from opp_alert where id = :id")
                .param("id", id)
                .query((rs, row) -> map(rs))
                .optional();
    }

    private static Alert map(ResultSet rs) throws SQLException {
        String band = rs.getString("value_band");
        SearchCriteria criteria = new SearchCriteria(
                rs.getString("query"),
                rs.getString("kind"),
                rs.getString("division"),
                band == null ? null : ValueBand.valueOf(band),
                rs.getObject("buyer_id", Long.class),
                null,
                rs.getBoolean("sme"),
                rs.getBoolean("vcse"),
                rs.getString("locality"));
        return new Alert(
                rs.getLong("id"),
                rs.getLong("user_id"),
                rs.getString("email"),
                criteria,
                Frequency.valueOf(rs.getString("frequency")),
                rs.getString("token"),
                rs.getTimestamp("created_at").toInstant());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
