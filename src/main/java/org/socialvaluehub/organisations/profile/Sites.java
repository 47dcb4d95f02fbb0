package org.socialvaluehub.organisations.profile;

import java.util.List;
import org.socialvaluehub.organisations.AreaLocality;
import org.socialvaluehub.organisations.OrganisationChecks;
import org.socialvaluehub.organisations.Organisations;
import org.socialvaluehub.organisations.Site;
import org.socialvaluehub.shared.PostcodeDistrict;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The places organisations work from ({@code org_site}); each change updates the organisation's locality. */
@Service
@NamedInterface("profile")
public class Sites {

    private final JdbcClient jdbc;
    private final AreaLocality area;
    private final Organisations organisations;

    Sites(JdbcClient jdbc, AreaLocality area, Organisations organisations) {
        this.jdbc = jdbc;
        this.area = area;
        this.organisations = organisations;
    }

    public List<Site> of(long organisationId) {
        return jdbc.sql("select * from org_site where organisation_id = :id order by id")
                .param("id", organisationId)
                .query((rs, row) -> new Site(
                        rs.getLong("id"),
                        rs.getLong("organisation_id"),
                        rs.getString("name"),
                        rs.getString("postcode"),
                        rs.getString("postcode_district"),
                        area.of(rs.getString("postcode_district"))))
                .list();
    }

    /** Adds a site; the postcode must already have passed {@link OrganisationChecks#checkPostcode}. */
    @Transactional
    public long add(long organisationId, String name, String postcode) {
        String printed = OrganisationChecks.normalisedPostcode(postcode);
        long id = jdbc.sql("""
                insert into org_site (organisation_id, name, postcode, postcode_district)
                values (:org, :name, :postcode, :district) returning id""")
                .param("org", organisationId)
                .param("name", name.strip())
                .param("postcode", printed)
                .param("district", PostcodeDistrict.parse(printed).orElseThrow().code())
                .query(Long.class)
                .single();
        organisations.refreshLocality(organisationId);
        return id;
    }

    @Transactional
    public void remove(long organisationId, long siteId) {
        jdbc.sql("delete from org_site where id = :id and organisation_id = :org")
                .param("id", siteId)
                .param("org", organisationId)
                .update();
        organisations.refreshLocality(organisationId);
    }
}
