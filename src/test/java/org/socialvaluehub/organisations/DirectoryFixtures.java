package org.socialvaluehub.organisations;

import java.time.LocalDate;
import java.util.List;
import org.socialvaluehub.organisations.credentials.Credentials;
import org.socialvaluehub.organisations.credentials.NewCredential;
import org.socialvaluehub.organisations.profile.Categories;
import org.springframework.stereotype.Component;

/** Test fixture: suppliers with directory details, CPV codes and credentials. */
@Component
public class DirectoryFixtures {

    private final Organisations organisations;
    private final Categories categories;
    private final Credentials credentials;

    DirectoryFixtures(Organisations organisations, Categories categories, Credentials credentials) {
        this.organisations = organisations;
        this.categories = categories;
        this.credentials = credentials;
    }

    /** A supplier with an offer (for full-text search) and CPV codes. */
    public long supplier(String name, LegalForm form, SizeBand size, String postcode, String offer, String... cpv) {
        long id = organisations.add(
                new NewOrganisation(name, OrganisationKind.SUPPLIER, form, size, postcode, null, null, true));
        organisations.updateProfile(
                id,
                new ProfileChanges(
                        name, form, size, postcode, null, null, null, offer, List.of(), null, null, null, null));
        for (String code : cpv) {
            categories.add(id, code);
        }
        return id;
    }

    /** A credential with a link as evidence, expiring in a year; verified if asked. */
    public long credential(long organisationId, String type, boolean verified) {
        return credential(organisationId, type, verified, LocalDate.now().plusYears(1));
    }

    public long credential(long organisationId, String type, boolean verified, LocalDate expires) {
        long id = credentials.claim(
                organisationId, new NewCredential(type, null, "https://evidence.example/x", null, expires));
        if (verified) {
            credentials.verify(id, "Test Coordinator");
        }
        return id;
    }
}
