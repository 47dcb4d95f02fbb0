package org.socialvaluehub.spend;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.socialvaluehub.organisations.Organisation;
import org.socialvaluehub.organisations.Organisations;
import org.socialvaluehub.organisations.PostcodeDistricts;
import org.socialvaluehub.shared.PostcodeDistrict;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What spend analysis needs to know about an organisation: where it is (district, local authority, region, inside the
 * partnership's area or not), whether it is an SME and whether it is a VCSE. Reads the organisations module's API;
 * the place of an organisation is its registered postcode district for now, to be switched to the directory's sites
 * and configurable area. Null means unknown.
 */
@Component
public class SupplierFacts {

    /** One organisation's facts; a null field is unknown. */
    public record Facts(String district, String localAuthority, String region, Boolean inArea, Boolean sme,
                        Boolean vcse) {

        static final Facts UNKNOWN = new Facts(null, null, null, null, null, null);
    }

    private final Organisations organisations;
    private final PostcodeDistricts districts;
    private final Set<String> area;

    SupplierFacts(Organisations organisations, PostcodeDistricts districts) {
        this.organisations = organisations;
        this.districts = districts;
        this.area = loadArea("reference/postcodes/oxfordshire-outcodes.csv");
    }

    public Map<Long, Facts> of(Collection<Long> organisationIds) {
        Map<Long, Facts> facts = new HashMap<>();
        if (organisationIds.isEmpty()) {
            return facts;
        }
        for (Organisation o : organisations.findAll(organisationIds)) {
            facts.put(o.id(), facts(o));
        }
        return facts;
    }

    public Facts of(long organisationId) {
        return organisations.find(organisationId).map(this::facts).orElse(Facts.UNKNOWN);
    }

    private Facts facts(Organisation o) {
        String code = o.postcodeDistrict();
        var district = code == null ? null : PostcodeDistrict.parse(code).flatMap(districts::find).orElse(null);
        return new Facts(code, district == null ? null : district.localAuthority(),
            district == null ? null : district.region(), code == null ? null : area.contains(code),
            o.sizeBand() == null ? null : o.sizeBand().isSme(), o.legalForm() == null ? null : o.legalForm().isVcse());
    }

    private static Set<String> loadArea(String path) {
        Set<String> codes = new HashSet<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new ClassPathResource(path).getInputStream(),
            StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    codes.add(line.substring(0, line.indexOf(',')).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
        return Set.copyOf(codes);
    }
}
