package org.socialvaluehub.resources.content;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes the images used in resources, kept in {@code resource_image}. */
@Repository
class ImageRepository {

    /** An image's bytes and the content type its first bytes showed. */
    record StoredImage(String contentType, byte[] bytes) {}

    /** An image in the coordinators' list. */
    public record ListedImage(long id, String description, String contentType, int size) {}

    private final JdbcClient jdbc;

    ImageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String contentType, byte[] bytes, String description, String uploadedBy) {
        return jdbc.sql("""
                insert into resource_image (content_type, bytes, description, uploaded_by)
                values (:type, :bytes, :description, :by) returning id""")
                .param("type", contentType)
                .param("bytes", bytes)
                .param("description", description)
                .param("by", uploadedBy)
                .query(Long.class)
                .single();
    }

    Optional<StoredImage> find(long id) {
        return jdbc.sql("select content_type, bytes from resource_image where id = :id")
                .param("id", id)
                .query((rs, n) -> new StoredImage(rs.getString(1), rs.getBytes(2)))
                .optional();
    }

    List<ListedImage> recent() {
        return jdbc.sql("""
                select id, description, content_type, octet_length(bytes) from resource_image
                order by id desc limit 50""")
                .query((rs, n) -> new ListedImage(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
                .list();
    }
}
