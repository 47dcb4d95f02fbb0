package org.socialvaluehub.organisations.credentials;

import java.util.ArrayList;
import java.util.List;
import org.socialvaluehub.shared.CoordinatorRole;
import org.socialvaluehub.shared.HomeTask;
import org.socialvaluehub.shared.HomeTask.Section;
import org.socialvaluehub.shared.HomeTasks;
import org.socialvaluehub.shared.Role;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.stereotype.Component;

/** Credentials on the home page: those a supplier must renew soon, and the claims coordinators verify. */
@Component
class CredentialHomeTasks implements HomeTasks {

    private final Credentials credentials;

    CredentialHomeTasks(Credentials credentials) {
        this.credentials = credentials;
    }

    @Override
    public List<HomeTask> waitingFor(SignedInUser user) {
        List<HomeTask> tasks = new ArrayList<>();
        for (long supplier : user.organisationsWhere(Role.SUPPLIER)) {
            tasks.add(new HomeTask(
                    Section.SUPPLIER,
                    50,
                    "home.task.credentialsExpiring",
                    "/organisations/" + supplier + "/credentials",
                    credentials.expiringSoon(supplier).size()));
        }
        if (user.coordinates(CoordinatorRole.DIRECTORY)) {
            tasks.add(new HomeTask(
                    Section.COORDINATOR,
                    10,
                    "home.task.credentialsToVerify",
                    "/coordinator/credentials",
                    credentials.awaitingVerification().size()));
        }
        return tasks;
    }
}
