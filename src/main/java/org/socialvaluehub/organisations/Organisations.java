package org.socialvaluehub.organisations;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.socialvaluehub.shared.PostcodeDistrict;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisations module's API: add, find and update organisations. */
@Service
public class Organisations {

    private final OrganisationRepository repository;

    Organisations(OrganisationRepository repository) {
        this.repository = repository;
    }

    @Transactional
    public long add(NewOrganisation organisation) {
        return repository.insert(organisation, districtOf(organisation.postcode()));
    }

    public Optional<Organisation> find(long id) {
        return repository.find(id);
    }

    public List<Organisation> findAll(Collection<Long> ids) {
        return repository.findAll(List.copyOf(ids));
    }

    public List<Organisation> buyers() {
        return repository.findByKind(OrganisationKind.BUYER);
    }

    @Transactional
    public void updateProfile(long id, ProfileChanges changes) {
        repository.update(id, changes, districtOf(changes.postcode()));
    }

    public boolean isEmpty() {
        return repository.count() == 0;
    }

    private static String districtOf(String postcode) {
        return PostcodeDistrict.parse(postcode).map(PostcodeDistrict::code).orElse(null);
    }
}
