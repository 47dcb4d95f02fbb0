package org.socialvaluehub.spend.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes {@code spend_upload} (files kept in the database for any instance to import) and remembered
 * mappings.
 */
@Repository
public class UploadRepository {

    /** An uploaded file and how far its import has got. */
    record Upload(
            long id,
            long buyerId,
            String fileName,
            long sizeBytes,
            String mapping,
            String status,
            long rowsDone,
            String message,
            Long importId) {}

    private final JdbcClient jdbc;

    UploadRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long buyerId, String fileName, InputStream content, long size, Long userId) {
        return jdbc.sql("""
                insert into spend_upload (buyer_id, file_name, content, size_bytes, uploaded_by)
                values (:buyer, :name, :content, :size, :user) returning id""")
                .param("buyer", buyerId)
                .param("name", fileName)
                .param("content", new org.springframework.jdbc.core.support.SqlBinaryValue(content, size))
                .param("size", size)
                .param("user", userId)
                .query(Long.class)
                .single();
    }

    Optional<Upload> find(long id) {
        return jdbc.sql("""
                select id, buyer_id, file_name, size_bytes, mapping, status, rows_done, message, import_id
                from spend_upload where id = :id""").param("id", id).query(UploadRepository::upload).optional();
    }

    private static Upload upload(ResultSet rs, int row) throws SQLException {
        return new Upload(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getLong(4),
                rs.getString(5),
                rs.getString(6),
                rs.getLong(7),
                rs.getString(8),
                (Long) rs.getObject(9));
    }

    /** The buyer's uploads whose columns nobody has confirmed yet, so nothing of them is imported. */
    List<Upload> waitingToConfirm(long buyerId) {
        return jdbc.sql("""
                select id, buyer_id, file_name, size_bytes, mapping, status, rows_done, message, import_id
                from spend_upload where buyer_id = :buyer and status = 'UPLOADED' order by created_at, id""")
                .param("buyer", buyerId)
                .query(UploadRepository::upload)
                .list();
    }

    /** Records the payees and expense types the buyer withholds from this upload's import. */
    void setWithheld(long id, Withheld withheld) {
        jdbc.sql("""
                update spend_upload set withheld_payees = string_to_array(:payees, chr(10)),
                    withheld_expense_types = string_to_array(:types, chr(10)) where id = :id""")
                .param("id", id)
                .param("payees", String.join("\n", withheld.payeeKeys()))
                .param("types", String.join("\n", withheld.expenseTypes()))
                .update();
    }

    Withheld withheld(long id) {
        return jdbc.sql("""
                select array_to_string(withheld_payees, chr(10)), array_to_string(withheld_expense_types, chr(10))
                from spend_upload where id = :id""")
                .param("id", id)
                .query((rs, i) -> new Withheld(lines(rs.getString(1)), lines(rs.getString(2))))
                .optional()
                .orElse(Withheld.NONE);
    }

    private static Set<String> lines(String text) {
        return text == null || text.isEmpty() ? Set.of() : Set.of(text.split("\n"));
    }

    /** Copies the stored file to a temporary file, which the caller deletes. */
    Path copyToTemporaryFile(long id) {
        return jdbc.sql("select content from spend_upload where id = :id")
                .param("id", id)
                .query(rs -> {
                    if (!rs.next()) {
                        throw new IllegalArgumentException("No upload " + id);
                    }
                    try (InputStream in = rs.getBinaryStream(1)) {
                        Path file = Files.createTempFile("spend-upload-", ".dat");
                        Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                        return file;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    void setMapping(long id, String mapping) {
        jdbc.sql("update spend_upload set mapping = :m, updated_at = now() where id = :id")
                .param("m", mapping)
                .param("id", id)
                .update();
    }

    void setStatus(long id, String status, long rowsDone, String message, Long importId) {
        jdbc.sql("""
                update spend_upload set status = :status, rows_done = :rows, message = :message, import_id = :import,
                    updated_at = now() where id = :id""")
                .param("status", status)
                .param("rows", rowsDone)
                .param("message", message)
                .param("import", importId)
                .param("id", id)
                .update();
    }

    /** The file is imported: its bytes are no longer needed. */
    void dropContent(long id) {
        jdbc.sql("update spend_upload set content = ''::bytea where id = :id")
                .param("id", id)
                .update();
    }

    /** The mapping the buyer confirmed for files with these headings. */
    public Optional<String> rememberedMapping(long buyerId, String headingSet) {
        return jdbc.sql("select mapping from spend_heading_mapping where buyer_id = :b and heading_set = :h")
                .param("b", buyerId)
                .param("h", headingSet)
                .query(String.class)
                .optional();
    }

    /** Whether the buyer confirmed a mapping for any file. */
    boolean remembersAny(long buyerId) {
        return jdbc.sql("select exists (select 1 from spend_heading_mapping where buyer_id = :b)")
                .param("b", buyerId)
                .query(Boolean.class)
                .single();
    }

    void remember(long buyerId, String headingSet, String mapping) {
        jdbc.sql("""
                insert into spend_heading_mapping (buyer_id, heading_set, mapping) values (:b, :h, :m)
                on conflict (buyer_id, heading_set) do update set mapping = excluded.mapping, updated_at = now()""")
                .param("b", buyerId)
                .param("h", headingSet)
                .param("m", mapping)
                .update();
    }

    /** Another upload of the buyer's is being imported (not this one). */
    boolean importing(long buyerId, long exceptUpload) {
        return jdbc.sql("""
                select exists (select 1 from spend_upload where buyer_id = :b and id <> :id
                    and status in ('QUEUED', 'RUNNING'))""")
                .param("b", buyerId)
                .param("id", exceptUpload)
                .query(Boolean.class)
                .single();
    }
}
