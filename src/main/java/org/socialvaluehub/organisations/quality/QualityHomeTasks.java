package org.socialvaluehub.organisations.quality;

import java.util.List;
import org.socialvaluehub.shared.CoordinatorRole;
import org.socialvaluehub.shared.HomeTask;
import org.socialvaluehub.shared.HomeTask.Section;
import org.socialvaluehub.shared.HomeTasks;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.stereotype.Component;

/** The directory's upkeep on a coordinator's home page: claims to decide and likely duplicates to look at. */
@Component
class QualityHomeTasks implements HomeTasks {

    private final Claims claims;
    private final Duplicates duplicates;

    QualityHomeTasks(Claims claims, Duplicates duplicates) {
        this.claims = claims;
        this.duplicates = duplicates;
    }

    @Override
    public List<HomeTask> waitingFor(SignedInUser user) {
        if (!user.coordinates(CoordinatorRole.DIRECTORY)) {
            return List.of();
        }
        return List.of(
                new HomeTask(
                        Section.COORDINATOR,
                        40,
                        "home.task.claims",
                        "/coordinator/claims",
                        claims.pending().size()),
                new HomeTask(
                        Section.COORDINATOR,
                        41,
                        "home.task.duplicates",
                        "/coordinator/duplicates",
                        Math.min(duplicates.find().size(), DuplicatesController.SHOWN)));
    }
}
