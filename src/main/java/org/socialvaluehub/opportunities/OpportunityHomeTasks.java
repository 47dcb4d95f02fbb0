package org.socialvaluehub.opportunities;

import java.util.ArrayList;
import java.util.List;
import org.socialvaluehub.shared.HomeTask;
import org.socialvaluehub.shared.HomeTask.Section;
import org.socialvaluehub.shared.HomeTasks;
import org.socialvaluehub.shared.Role;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.stereotype.Component;

/**
 * Opportunities on the home page: for a supplier, those in its categories closing soon and the answers to its
 * questions; for a buyer, its drafts and the opportunities with questions to answer.
 */
@Component
class OpportunityHomeTasks implements HomeTasks {

    private final OpportunityWork work;
    private final ClosingSoon closingSoon;
    private final OpportunityFinder finder;

    OpportunityHomeTasks(OpportunityWork work, ClosingSoon closingSoon, OpportunityFinder finder) {
        this.work = work;
        this.closingSoon = closingSoon;
        this.finder = finder;
    }

    @Override
    public List<HomeTask> waitingFor(SignedInUser user) {
        List<HomeTask> tasks = new ArrayList<>();
        for (long supplier : user.organisationsWhere(Role.SUPPLIER)) {
            closingSoon
                    .forSupplier(supplier)
                    .ifPresent(query -> tasks.add(new HomeTask(
                            Section.SUPPLIER,
                            10,
                            "home.task.closingSoon",
                            query.link("/opportunities", 1),
                            finder.search(query.criteria(), query.getStatus(), 1, Integer.MAX_VALUE)
                                    .total())));
        }
        if (user.hasRoleAnywhere(Role.SUPPLIER)) {
            tasks.add(new HomeTask(
                    Section.SUPPLIER,
                    20,
                    "home.task.answers",
                    WorkController.ANSWERS,
                    work.answers(user).size()));
        }
        if (user.hasRoleAnywhere(Role.BUYER)) {
            for (OpportunityWork.Kind kind : OpportunityWork.Kind.values()) {
                tasks.add(new HomeTask(
                        Section.BUYER,
                        10 + kind.ordinal(),
                        "home.task.opportunities." + kind.word(),
                        WorkController.MANAGE + "?waiting=" + kind.word(),
                        work.asBuyer(kind, user).size()));
            }
        }
        return tasks;
    }
}
