package org.socialvaluehub.organisations;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.socialvaluehub.organisations.core.Locality;
import org.socialvaluehub.shared.PostcodeDistrict;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisations module's API: add, find and update organisations. */
@Service
public class Organisations {

    private final OrganisationRepository repository;
    private final AreaLocality area;

    Organisations(OrganisationRepository repository, AreaLocality area) {
        this.repository = repository;
        this.area = area;
    }

    @Transactional
    public long add(NewOrganisation organisation) {
        String district = districtOf(organisation.postcode());
        long id = repository.insert(organisation, district);
        repository.place(id, area.centroid(district).orElse(null));
        refreshLocality(id);
        return id;
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

    public Optional<ProfileDetails> details(long id) {
        return repository.details(id);
    }

    @Transactional
    public void updateProfile(long id, ProfileChanges changes) {
        String district = districtOf(changes.postcode());
        repository.update(id, changes, district);
        repository.place(id, area.centroid(district).orElse(null));
        refreshLocality(id);
    }

    /** Works out again how local the organisation is, from its main postcode and all its sites. */
    @Transactional
    public Locality refreshLocality(long id) {
        Locality locality = repository.districtsOf(id).stream().map(area::of).reduce(Locality.OUTSIDE, Locality::closer);
        repository.setLocality(id, locality);
        return locality;
    }

    public boolean isEmpty() {
        return repository.count() == 0;
    }

    private static String districtOf(String postcode) {
        return PostcodeDistrict.parse(postcode).map(PostcodeDistrict::code).orElse(null);
    }
}
