package org.socialvaluehub.engagement.support;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code eng_support_request} and the messages of each thread. */
@Repository
class SupportRepository {

    private final JdbcClient jdbc;

    SupportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long requesterId, String name, String email, SupportCategory category, String subject, boolean demo) {
        return jdbc.sql("""
                insert into eng_support_request (requester_id, requester_name, requester_email, category, subject, demo)
                values (:requester, :name, :email, :category, :subject, :demo) returning id""")
                .param("requester", requesterId)
                .param("name", name)
                .param("email", email)
                .param("category", category.name())
                .param("subject", subject)
                .param("demo", demo)
                .query(Long.class)
                .single();
    }

    void addMessage(long requestId, long authorId, String authorName, boolean fromCoordinator, String body) {
        jdbc.sql("""
                insert into eng_support_message (request_id, author_id, author_name, from_coordinator, body)
                values (:request, :author, :name, :coordinator, :body)""")
                .param("request", requestId)
                .param("author", authorId)
                .param("name", authorName)
                .param("coordinator", fromCoordinator)
                .param("body", body)
                .update();
    }

    Optional<SupportRequest> find(long id) {
        return jdbc.sql("select * from eng_support_request where id = :id")
                .param("id", id)
                .query(SupportRepository::map)
                .optional();
    }

    List<SupportRequest> ofRequester(long requesterId) {
        return jdbc.sql("select * from eng_support_request where requester_id = :id order by updated_at desc, id desc")
                .param("id", requesterId)
                .query(SupportRepository::map)
                .list();
    }

    List<SupportRequest> search(SupportFilter filter, long coordinatorId) {
        return jdbc.sql("""
                select * from eng_support_request
                where (:status = '' or status = :status) and (:category = '' or category = :category)
                  and (not :mine or assignee_id = :me) and (not :unassigned or assignee_id is null)
                order by array_position(array['OPEN','ANSWERED','CLOSED'], status), updated_at desc, id desc
                limit 500""")
                .param("status", filter.status() == null ? "" : filter.status().name())
                .param(
                        "category",
                        filter.category() == null ? "" : filter.category().name())
                .param("mine", filter.mine())
                .param("me", coordinatorId)
                .param("unassigned", filter.unassigned())
                .query(SupportRepository::map)
                .list();
    }

    List<SupportMessage> thread(long requestId) {
        return jdbc.sql("select * from eng_support_message where request_id = :id order by created_at, id")
                .param("id", requestId)
                .query((rs, n) -> new SupportMessage(
                        rs.getLong("id"),
                        rs.getString("author_name"),
                        rs.getBoolean("from_coordinator"),
                        rs.getString("body"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    void setStatus(long id, SupportStatus status) {
        jdbc.sql("update eng_support_request set status = :status, updated_at = now() where id = :id")
                .param("id", id)
                .param("status", status.name())
                .update();
    }

    void assign(long id, Long assigneeId, String assigneeName) {
        jdbc.sql("update eng_support_request set assignee_id = :assignee, assignee_name = :name, updated_at"
                        + " = now() where id = :id")
                .param("id", id)
                .param("assignee", assigneeId)
                .param("name", assigneeName)
                .update();
    }

    private static SupportRequest map(ResultSet rs, int row) throws SQLException {
        return new SupportRequest(
                rs.getLong("id"),
                rs.getLong("requester_id"),
                rs.getString("requester_name"),
                rs.getString("requester_email"),
                SupportCategory.valueOf(rs.getString("category")),
                rs.getString("subject"),
                SupportStatus.valueOf(rs.getString("status")),
                (Long) rs.getObject("assignee_id"),
                rs.getString("assignee_name"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
