package org.socialvaluehub.engagement;

import java.util.ArrayList;
import java.util.List;
import org.socialvaluehub.engagement.events.Events;
import org.socialvaluehub.engagement.support.SupportDesk;
import org.socialvaluehub.shared.CoordinatorRole;
import org.socialvaluehub.shared.HomeTask;
import org.socialvaluehub.shared.HomeTask.Section;
import org.socialvaluehub.shared.HomeTasks;
import org.socialvaluehub.shared.Role;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.stereotype.Component;

/** Engagement on the home page: a supplier's event registrations, and the support requests coordinators answer. */
@Component
class EngagementHomeTasks implements HomeTasks {

    private final Events events;
    private final SupportDesk support;

    EngagementHomeTasks(Events events, SupportDesk support) {
        this.events = events;
        this.support = support;
    }

    @Override
    public List<HomeTask> waitingFor(SignedInUser user) {
        List<HomeTask> tasks = new ArrayList<>();
        if (user.hasRoleAnywhere(Role.SUPPLIER)) {
            tasks.add(new HomeTask(
                    Section.SUPPLIER,
                    40,
                    "home.task.eventRegistrations",
                    "/events/registered",
                    events.registeredFor(user.id()).size()));
        }
        if (user.coordinates(CoordinatorRole.DIRECTORY)) {
            tasks.add(new HomeTask(
                    Section.COORDINATOR,
                    30,
                    "home.task.supportRequests",
                    SupportDesk.OPEN_QUEUE,
                    support.openRequests(user)));
        }
        return tasks;
    }
}
