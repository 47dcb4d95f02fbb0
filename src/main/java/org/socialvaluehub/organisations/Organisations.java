package org.socialvaluehub.organisations;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.socialvaluehub.organisations.core.Locality;
import org.socialvaluehub.organisations.quality.Duplicates;
import org.socialvaluehub.shared.PostcodeDistrict;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisations module's API: add, find and update organisations. */
@Service
public class Organisations {

    private final OrganisationRepository repository;
    private final AreaLocality area;
    private final Listings listings;
    private final Duplicates duplicates;
    private final ApplicationEventPublisher events;

    Organisations(
            OrganisationRepository repository,
            AreaLocality area,
            Listings listings,
            Duplicates duplicates,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.area = area;
        this.listings = listings;
        this.duplicates = duplicates;
        this.events = events;
    }

    @Transactional
    public long add(NewOrganisation organisation) {
        String district = districtOf(organisation.postcode());
        long id = repository.insert(organisation, district);
        repository.place(id, area.centroid(district).orElse(null));
        refreshLocality(id);
        events.publishEvent(new DirectoryChanged(id));
        return id;
    }

    /** Adds a self-registered organisation, kept out of the directory until {@link #listConfirmed} says otherwise. */
    @Transactional
    public long register(NewOrganisation organisation, DirectoryListing listing) {
        long id = add(organisation);
        listings.hold(id, listing);
        return id;
    }

    /**
     * Lists a registered organisation once its first person has confirmed their address, unless it
     * looks like a twin of another (same identifier, same or nearly the same name): then it waits,
     * unlisted, among the likely duplicates for a coordinator to merge or list. Says whether it is listed.
     */
    @Transactional
    public boolean listConfirmed(long id) {
        if (listings.isListed(id) || !duplicates.twinsOf(id).isEmpty()) {
            return listings.isListed(id);
        }
        listings.list(id);
        events.publishEvent(new DirectoryChanged(id));
        return true;
    }

    /** Lists an organisation a coordinator has found not to be a duplicate. */
    @Transactional
    public void listAnyway(long id) {
        listings.list(id);
        events.publishEvent(new DirectoryChanged(id));
    }

    public Set<Long> unlisted() {
        return listings.unlisted();
    }

    /** Removes a registration nobody confirmed; an organisation already listed is never removed this way. */
    @Transactional
    public boolean removeUnlisted(long id) {
        boolean removed = listings.deleteUnlisted(id);
        if (removed) {
            events.publishEvent(new DirectoryChanged(id));
        }
        return removed;
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
        events.publishEvent(new DirectoryChanged(id));
    }

    /** Works out again how local the organisation is, from its main postcode and all its sites. */
    @Transactional
    public Locality refreshLocality(long id) {
        Locality locality =
                repository.districtsOf(id).stream().map(area::of).reduce(Locality.OUTSIDE, Locality::closer);
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
