package org.socialvaluehub.organisations;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.socialvaluehub.organisations.core.Locality;
import org.springframework.stereotype.Service;

/**
 * The directory's bulk API for other modules: the classification facts of many organisations at once (locality from
 * the main postcode and sites, categories, verified credentials, declared local shares, size and legal form), and
 * every supplier's name and numbers for matching names from elsewhere.
 */
@Service
public class OrganisationSummaries {

    private final OrganisationSummaryRepository repository;
    private final AreaLocality area;

    OrganisationSummaries(OrganisationSummaryRepository repository, AreaLocality area) {
        this.repository = repository;
        this.area = area;
    }

    /** The summaries of the organisations that exist among {@code ids}, by id. */
    public Map<Long, OrganisationSummary> of(Collection<Long> ids) {
        Map<Long, OrganisationSummary> summaries = new HashMap<>();
        if (ids.isEmpty()) {
            return summaries;
        }
        Map<Long, List<String>> sites = repository.siteDistricts(ids);
        Map<Long, List<String>> cpv = repository.cpvCodes(ids);
        Map<Long, List<String>> credentials = repository.verifiedCredentialTypes(ids);
        for (OrganisationSummaryRepository.Row o : repository.organisations(ids)) {
            List<String> siteDistricts = sites.getOrDefault(o.id(), List.of());
            summaries.put(
                    o.id(),
                    new OrganisationSummary(
                            o.id(),
                            o.name(),
                            o.kind(),
                            locality(o.district(), siteDistricts),
                            o.district(),
                            siteDistricts,
                            cpv.getOrDefault(o.id(), List.of()),
                            Set.copyOf(credentials.getOrDefault(o.id(), List.of())),
                            new DeclaredLocalShares(o.spendShare(), o.wageShare()),
                            o.sizeBand(),
                            o.legalForm()));
        }
        return summaries;
    }

    /** Every supplier in the directory with its name, company and charity numbers. */
    public List<SupplierIdentity> supplierIdentities() {
        return repository.supplierIdentities();
    }

    /** As {@link Organisations#refreshLocality}: the closest place wins; no place at all is unknown (null). */
    private Locality locality(String mainDistrict, List<String> siteDistricts) {
        if (mainDistrict == null && siteDistricts.isEmpty()) {
            return null;
        }
        Locality closest = mainDistrict == null ? Locality.OUTSIDE : area.of(mainDistrict);
        for (String district : siteDistricts) {
            closest = closest.closer(area.of(district));
        }
        return closest;
    }
}
