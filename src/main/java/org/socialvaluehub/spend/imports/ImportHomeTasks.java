package org.socialvaluehub.spend.imports;

import java.util.List;
import org.socialvaluehub.shared.HomeTask;
import org.socialvaluehub.shared.HomeTask.Section;
import org.socialvaluehub.shared.HomeTasks;
import org.socialvaluehub.shared.Role;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.stereotype.Component;

/** A buyer's spend uploads waiting for their columns to be confirmed, on the buyer's home page. */
@Component
class ImportHomeTasks implements HomeTasks {

    private final SpendUploads uploads;

    ImportHomeTasks(SpendUploads uploads) {
        this.uploads = uploads;
    }

    @Override
    public List<HomeTask> waitingFor(SignedInUser user) {
        return user.organisationsWhere(Role.BUYER).stream()
                .map(buyer -> new HomeTask(
                        Section.BUYER,
                        40,
                        "home.task.importsToConfirm",
                        "/spend/import?buyer=" + buyer + "#waiting",
                        uploads.waitingToConfirm(buyer).size()))
                .toList();
    }
}
