package org.socialvaluehub.evaluation.bids;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes {@code eval_answer_file} and reads a file's content; the listings come with the bid. */
@Repository
class AnswerFileRepository {

    private final JdbcClient jdbc;

    AnswerFileRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long add(long bidId, long questionId, String filename, String contentType, byte[] content) {
        return jdbc.sql("""
                insert into eval_answer_file (bid_id, question_id, filename, content_type, size, content)
                values (:b, :q, :name, :type, :size, :content) returning id""")
                .param("b", bidId)
                .param("q", questionId)
                .param("name", filename)
                .param("type", contentType)
                .param("size", content.length)
                .param("content", content)
                .query(Long.class)
                .single();
    }

    boolean remove(long bidId, long fileId) {
        return jdbc.sql("delete from eval_answer_file where id = :f and bid_id = :b")
                        .param("f", fileId)
                        .param("b", bidId)
                        .update()
                == 1;
    }

    int removeAll(long bidId) {
        return jdbc.sql("delete from eval_answer_file where bid_id = :b")
                .param("b", bidId)
                .update();
    }

    Optional<byte[]> content(long bidId, long fileId) {
        return jdbc.sql("select content from eval_answer_file where id = :f and bid_id = :b")
                .param("f", fileId)
                .param("b", bidId)
                .query(byte[].class)
                .optional();
    }
}
