package org.socialvaluehub.resources.content;

import java.util.List;
import org.socialvaluehub.shared.CoordinatorRole;
import org.socialvaluehub.shared.HomeTask;
import org.socialvaluehub.shared.HomeTask.Section;
import org.socialvaluehub.shared.HomeTasks;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.stereotype.Component;

/** Resources with changes nobody has published yet (drafts and changed ones), on a coordinator's home page. */
@Component
class ContentHomeTasks implements HomeTasks {

    private final ResourceLibrary library;

    ContentHomeTasks(ResourceLibrary library) {
        this.library = library;
    }

    @Override
    public List<HomeTask> waitingFor(SignedInUser user) {
        if (!user.coordinates(CoordinatorRole.DIRECTORY)) {
            return List.of();
        }
        long toReview = library.all().stream()
                .filter(ResourceDraft.Listed::unpublishedChanges)
                .count();
        return List.of(
                new HomeTask(Section.COORDINATOR, 50, "home.task.contentToReview", "/coordinator/resources", toReview));
    }
}
