package org.socialvaluehub.resources.journey;

import java.time.Instant;
import java.util.List;
import org.socialvaluehub.resources.core.DimensionStage;
import org.socialvaluehub.resources.core.MaturityMapping;
import org.socialvaluehub.resources.core.Stage;

/** One completed self-assessment of an organisation: when, for which audience, and the stage per dimension. */
public record Assessment(long id, long organisationId, String audience, Instant takenAt, List<Row> stages) {

    /** The stage reached in one dimension. */
    public record Row(String dimension, String name, Stage stage) {

        public Stage next() {
            return stage.next();
        }
    }

    public Stage weakest() {
        return MaturityMapping.weakest(stages.stream()
                .map(r -> new DimensionStage(r.dimension(), r.stage()))
                .toList());
    }

    /** The stage in one dimension, or null when this assessment did not have it. */
    public Stage stageOf(String dimension) {
        return stages.stream()
                .filter(r -> r.dimension().equals(dimension))
                .map(Row::stage)
                .findFirst()
                .orElse(null);
    }
}
