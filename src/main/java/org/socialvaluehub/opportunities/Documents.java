package org.socialvaluehub.opportunities;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An opportunity's documents (specifications, forms, floor plans), kept in PostgreSQL. */
@Service
class Documents {

    /** 20 MB is plenty for tender packs; bigger files usually mean scans that should be split. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    static final Set<String> TYPES = Set.of("pdf", "docx", "xlsx", "odt", "ods", "csv", "txt", "png", "jpg");

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Documents(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** A document's listing: no content. */
    public record Document(
            long id, long opportunityId, String filename, String contentType, int size, Instant uploadedAt) {}

    /** The message key of what is wrong with a file, or null when it may be stored. */
    public static String problem(String filename, long size) {
        if (size <= 0) {
            return "opp.document.empty";
        }
        if (size > MAX_BYTES) {
            return "opp.document.tooBig";
        }
        String name = filename == null ? "" : filename.toLowerCase(Locale.UK);
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        return TYPES.contains(extension) ? null : "opp.document.type";
    }

    @Transactional
    public long add(long opportunityId, String filename, String contentType, byte[] content, boolean published) {
        String problem = problem(filename, content.length);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        long id = jdbc.sql("""
                insert into opp_document (opportunity_id, filename, content_type, size, content)
                values (:o, :name, :type, :size, :content) returning id""")
                .param("o", opportunityId)
                .param("name", filename.replaceAll("[\\\\/\\r\\n\"]", "_"))
                .param("type", contentType == null ? "application/octet-stream" : contentType)
                .param("size", content.length)
                .param("content", content)
                .query(Long.class)
                .single();
        if (published) {
            events.publishEvent(new OpportunityChanged(opportunityId, "document"));
        }
        return id;
    }

    public List<Document> of(long opportunityId) {
        return jdbc.sql("""
                select id, opportunity_id, filename, content_type, size, uploaded_at from opp_document
                where opportunity_id = :o order by uploaded_at, id""")
                .param("o", opportunityId)
                .query((rs, row) -> new Document(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getInt(5),
                        rs.getTimestamp(6).toInstant()))
                .list();
    }

    public Optional<Document> find(long opportunityId, long id) {
        return of(opportunityId).stream().filter(d -> d.id() == id).findFirst();
    }

    public byte[] content(long id) {
        return jdbc.sql("select content from opp_document where id = :id")
                .param("id", id)
                .query(byte[].class)
                .single();
    }
}
