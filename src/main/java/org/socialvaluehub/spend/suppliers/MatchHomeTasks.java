package org.socialvaluehub.spend.suppliers;

import java.util.List;
import org.socialvaluehub.shared.CoordinatorRole;
import org.socialvaluehub.shared.HomeTask;
import org.socialvaluehub.shared.HomeTask.Section;
import org.socialvaluehub.shared.HomeTasks;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.stereotype.Component;

/** The suggested matches of payees to suppliers that partnership reporting confirms, on a coordinator's home page. */
@Component
class MatchHomeTasks implements HomeTasks {

    private final SupplierMatchQueue queue;

    MatchHomeTasks(SupplierMatchQueue queue) {
        this.queue = queue;
    }

    @Override
    public List<HomeTask> waitingFor(SignedInUser user) {
        if (!user.coordinates(CoordinatorRole.REPORTING)) {
            return List.of();
        }
        return List.of(new HomeTask(
                Section.COORDINATOR, 20, "home.task.supplierMatches", "/coordinator/spend/matches", queue.waiting()));
    }
}
