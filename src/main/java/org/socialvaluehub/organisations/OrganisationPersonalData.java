package org.socialvaluehub.organisations;

import java.util.List;
import java.util.Set;
import org.socialvaluehub.shared.PersonalDataHolder;
import org.socialvaluehub.shared.PersonalRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What the directory holds about a person: the claims they made to run an organisation's listing. */
@Component
class OrganisationPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;

    OrganisationPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> personColumns() {
        return Set.of("org_claim.user_id");
    }

    @Override
    public List<Records> export(Subject person) {
        return List.of(new PersonalRows(jdbc, person).records("org_claim", "personalData.org_claim", """
                select organisation_id, claimant_name, message, status, decided_at, reason, created_at
                from org_claim where user_id = :id order by created_at"""));
    }

    @Override
    public List<Erasure> erase(Subject person) {
        int claims = new PersonalRows(jdbc, person).update("delete from org_claim where user_id = :id");
        return List.of(Erasure.done("org_claim", Outcome.ERASED, claims));
    }
}
