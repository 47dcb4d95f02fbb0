package org.socialvaluehub.evaluation.scoring;

import java.util.ArrayList;
import java.util.List;
import org.socialvaluehub.evaluation.scoring.EvaluationWork.Kind;
import org.socialvaluehub.shared.HomeTask;
import org.socialvaluehub.shared.HomeTask.Section;
import org.socialvaluehub.shared.HomeTasks;
import org.socialvaluehub.shared.Role;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.stereotype.Component;

/** Evaluation work on the home page: bids in draft, scoring and moderation owed, evaluations awaiting a decision. */
@Component
class EvaluationHomeTasks implements HomeTasks {

    private final EvaluationWork work;

    EvaluationHomeTasks(EvaluationWork work) {
        this.work = work;
    }

    @Override
    public List<HomeTask> waitingFor(SignedInUser user) {
        List<HomeTask> tasks = new ArrayList<>();
        if (user.hasRoleAnywhere(Role.SUPPLIER)) {
            tasks.add(task(Section.SUPPLIER, 30, Kind.DRAFTS, user));
        }
        if (user.hasRoleAnywhere(Role.BUYER)) {
            tasks.add(task(Section.BUYER, 30, Kind.NEXT_STEP, user));
        }
        if (user.hasRoleAnywhere(Role.EVALUATOR)) {
            tasks.add(task(Section.EVALUATOR, 10, Kind.TO_SCORE, user));
            tasks.add(task(Section.EVALUATOR, 20, Kind.TO_MODERATE, user));
        }
        return tasks;
    }

    private HomeTask task(Section section, int order, Kind kind, SignedInUser user) {
        return new HomeTask(
                section,
                order,
                "home.task.evaluations." + kind.word(),
                "/evaluations?waiting=" + kind.word(),
                work.list(kind, user).size());
    }
}
