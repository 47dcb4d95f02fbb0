package org.socialvaluehub.organisations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.socialvaluehub.organisations.core.GeoPoint;
import org.socialvaluehub.organisations.core.Locality;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code org_organisation}. */
@Repository
class OrganisationRepository {

    private final JdbcClient jdbc;

    OrganisationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(NewOrganisation o, String district) {
        return jdbc.sql("""
                insert into org_organisation (name, kind, legal_form, size_band, postcode, postcode_district,
                                              company_number, charity_number, demo)
                values (:name, :kind, :legalForm, :sizeBand, :postcode, :district, :company, :charity, :demo)
                returning id""")
                .param("name", o.name().strip())
                .param("kind", o.kind().name())
                .param("legalForm", o.legalForm().name())
                .param("sizeBand", o.sizeBand().name())
                .param("postcode", o.postcode())
                .param("district", district)
                .param("company", o.companyNumber())
                .param("charity", o.charityNumber())
                .param("demo", o.demo())
                .query(Long.class)
                .single();
    }

    Optional<Organisation> find(long id) {
        return jdbc.sql("select * from org_organisation where id = :id")
                .param("id", id)
                .query(OrganisationRepository::map)
                .optional();
    }

    List<Organisation> findByKind(OrganisationKind kind) {
        return jdbc.sql("select * from org_organisation where kind = :kind order by lower(name)")
                .param("kind", kind.name())
                .query(OrganisationRepository::map)
                .list();
    }

    List<Organisation> findAll(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from org_organisation where id in (:ids) order by lower(name)")
                .param("ids", ids)
                .query(OrganisationRepository::map)
                .list();
    }

    void update(long id, ProfileChanges p, String district) {
        jdbc.sql("""
                update org_organisation set name = :name, legal_form = :legalForm, size_band = :sizeBand,
                       postcode = :postcode, postcode_district = :district, company_number = :company,
                       charity_number = :charity, website = :website, social_value_offer = :offer,
                       trading_names = :tradingNames, mutual_number = :mutual, sic_code = :sic,
                       local_spend_share = :spendShare, local_wage_share = :wageShare, updated_at = now()
                where id = :id""")
                .param("id", id)
                .param("name", p.name().strip())
                .param("legalForm", p.legalForm().name())
                .param("sizeBand", p.sizeBand().name())
                .param("postcode", p.postcode())
                .param("district", district)
                .param("company", p.companyNumber())
                .param("charity", p.charityNumber())
                .param("website", p.website())
                .param("offer", p.socialValueOffer())
                .param("tradingNames", p.tradingNames().isEmpty() ? null : String.join("\n", p.tradingNames()))
                .param("mutual", p.mutualNumber())
                .param("sic", p.sicCode())
                .param("spendShare", p.localSpendShare())
                .param("wageShare", p.localWageShare())
                .update();
    }

    void place(long id, GeoPoint centroid) {
        jdbc.sql("update org_organisation set latitude = :lat, longitude = :lon where id = :id")
                .param("id", id)
                .param("lat", centroid == null ? null : centroid.latitude())
                .param("lon", centroid == null ? null : centroid.longitude())
                .update();
    }

    /** The postcode districts of the organisation's main postcode and of its sites. */
    List<String> districtsOf(long id) {
        return jdbc.sql("""
                select postcode_district from org_organisation where id = :id and postcode_district is not null
                union select postcode_district from org_site where organisation_id = :id
                """).param("id", id).query(String.class).list();
    }

    void setLocality(long id, Locality locality) {
        jdbc.sql("update org_organisation set locality = :locality where id = :id")
                .param("id", id)
                .param("locality", locality.name())
                .update();
    }

    Optional<ProfileDetails> details(long id) {
        return jdbc.sql("select * from org_organisation where id = :id")
                .param("id", id)
                .query((rs, row) -> new ProfileDetails(
                        rs.getString("trading_names") == null
                                ? List.of()
                                : List.of(rs.getString("trading_names").split("\n")),
                        rs.getString("mutual_number"),
                        rs.getString("sic_code"),
                        (Integer) rs.getObject("local_spend_share"),
                        (Integer) rs.getObject("local_wage_share"),
                        Locality.valueOf(rs.getString("locality")),
                        (Double) rs.getObject("latitude"),
                        (Double) rs.getObject("longitude")))
                .optional();
    }

    long count() {
        return jdbc.sql("select count(*) from org_organisation")
                .query(Long.class)
                .single();
    }

    private static Organisation map(ResultSet rs, int row) throws SQLException {
        return new Organisation(
                rs.getLong("id"),
                rs.getString("name"),
                OrganisationKind.valueOf(rs.getString("kind")),
                LegalForm.valueOf(rs.getString("legal_form")),
                SizeBand.valueOf(rs.getString("size_band")),
                rs.getString("postcode"),
                rs.getString("postcode_district"),
                rs.getString("company_number"),
                rs.getString("charity_number"),
                rs.getString("website"),
                rs.getString("social_value_offer"),
                rs.getBoolean("demo"));
    }
}
