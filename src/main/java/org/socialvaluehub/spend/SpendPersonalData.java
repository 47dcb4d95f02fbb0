package org.socialvaluehub.spend;

import java.util.List;
import java.util.Set;
import org.socialvaluehub.shared.PersonalDataHolder;
import org.socialvaluehub.shared.PersonalRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What spend holds about a person: the files they uploaded for their buyer and the supplier matches
 * they decided. The files and matches are the buyer's records; erasure only takes the person off them.
 */
@Component
class SpendPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;

    SpendPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> personColumns() {
        return Set.of("spend_upload.uploaded_by", "spend_supplier_name.decided_by");
    }

    @Override
    public List<Records> export(Subject person) {
        PersonalRows rows = new PersonalRows(jdbc, person);
        return List.of(
                rows.records("spend_upload", "personalData.spend_upload", """
                        select id, buyer_id, file_name, status, created_at from spend_upload where uploaded_by = :id
                        order by created_at"""),
                rows.records("spend_supplier_name", "personalData.spend_supplier_name", """
                        select display_name, organisation_id, status, decided_at from spend_supplier_name
                        where decided_by = :id order by decided_at"""));
    }

    @Override
    public List<Erasure> erase(Subject person) {
        PersonalRows rows = new PersonalRows(jdbc, person);
        int uploads = rows.update("update spend_upload set uploaded_by = null where uploaded_by = :id");
        int names = rows.update("update spend_supplier_name set decided_by = null where decided_by = :id");
        return List.of(
                Erasure.done("spend_upload", Outcome.ANONYMISED, uploads),
                Erasure.done("spend_supplier_name", Outcome.ANONYMISED, names));
    }
}
