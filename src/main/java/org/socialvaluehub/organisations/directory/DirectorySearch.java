package org.socialvaluehub.organisations.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.socialvaluehub.organisations.AreaLocality;
import org.socialvaluehub.organisations.core.GeoPoint;
import org.socialvaluehub.shared.PageNumbers;
import org.socialvaluehub.shared.PostcodeDistrict;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Runs directory searches on PostgreSQL: full-text match, filters, sort, paging and the map's districts. */
@Component
class DirectorySearch {

    // Haversine in SQL, in kilometres, from the point :lat/:lon to the organisation's district centroid.
    private static final String DISTANCE =
            "2 * 6371.0088 * asin(least(1, sqrt(power(sin(radians(o.latitude - :lat) / 2), 2)"
                    + " + cos(radians(:lat)) * cos(radians(o.latitude)) * power(sin(radians(o.longitude - :lon) /"
                    + " 2), 2))))";

    // A page sorted by distance looks at the suppliers of the nearest 4, then 32 districts before all of them.
    private static final int[] RINGS = {4, 32};
    private static final int RING_ROWS = 200;

    private final JdbcClient jdbc;
    private final AreaLocality area;
    private final DirectoryFacets facets;
    private final NearbyDistricts nearby;

    DirectorySearch(JdbcClient jdbc, AreaLocality area, DirectoryFacets facets, NearbyDistricts nearby) {
        this.jdbc = jdbc;
        this.area = area;
        this.facets = facets;
        this.nearby = nearby;
    }

    DirectoryResults search(DirectoryQuery query, boolean withFacets, boolean withDistricts) {
        PageNumbers.checked(query.getPage());
        SearchFilter filter = SearchFilter.of(query, SearchFilter.Facet.NONE);
        DirectoryFacets.Counted counted = withFacets ? facets.of(query) : null;
        long total = counted != null
                ? counted.total()
                : jdbc.sql("select count(*) from org_organisation o where " + filter.where())
                        .params(filter.params())
                        .query(Long.class)
                        .single();
        List<DirectoryRow> rows = rows(query, filter, DirectoryQuery.PAGE_SIZE, query.offset());
        int pages = (int) Math.max(1, (total + DirectoryQuery.PAGE_SIZE - 1) / DirectoryQuery.PAGE_SIZE);
        return new DirectoryResults(
                total,
                Math.min(query.getPage(), pages),
                pages,
                rows,
                counted != null ? counted.groups() : List.of(),
                withDistricts ? districts(filter) : List.of());
    }

    /** Whether this supplier's profile may be shown: listed, and to everyone or (with {@code partners}) to partners. */
    boolean shows(long id, boolean partners) {
        return jdbc.sql("""
                select listed and (listing = 'PUBLIC' or :partners) from org_organisation
                where id = :id and kind = 'SUPPLIER'""")
                .param("id", id)
                .param("partners", partners)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /** Every result, for export (at most {@code limit}). */
    List<DirectoryRow> all(DirectoryQuery query, int limit) {
        return rows(query, SearchFilter.of(query, SearchFilter.Facet.NONE), limit, 0);
    }

    private List<DirectoryRow> rows(DirectoryQuery query, SearchFilter filter, int limit, int offset) {
        Optional<GeoPoint> from = origin(query);
        if (from.isPresent() && "distance".equals(query.effectiveSort()) && offset + limit <= RING_ROWS) {
            // Every supplier outside the ring is further away than all inside it, so a full page from the ring is
            // right.
            for (int ring : RINGS) {
                List<DirectoryRow> near = select(query, filter, from, nearby.nearest(from.get(), ring), limit, offset);
                if (near.size() == limit) {
                    return withCredentials(near);
                }
            }
        }
        return withCredentials(select(query, filter, from, null, limit, offset));
    }

    private List<DirectoryRow> select(
            DirectoryQuery query,
            SearchFilter filter,
            Optional<GeoPoint> from,
            List<String> districts,
            int limit,
            int offset) {
        Map<String, Object> params = new HashMap<>(filter.params());
        String distance = from.isPresent() ? DISTANCE : "null";
        from.ifPresent(point -> {
            params.put("lat", point.latitude());
            params.put("lon", point.longitude());
        });
        String where = filter.where();
        if (districts != null) {
            where += " and o.postcode_district in (:near)";
            params.put("near", districts);
        }
        String order = switch (query.effectiveSort()) {
            case "distance" -> "distance_km nulls last, o.name_key";
            // The words are parsed once (a sub-select): written inline, a prepared statement's generic plan parsed
            // them again for every matching row, as much as the ranking itself. ts_rank weighs where the words are
            // found (name, then categories, then offer) as ts_rank_cd does, at two thirds of its cost, without
            // ts_rank_cd's reward for words standing close together.
            case "relevance" ->
                "ts_rank(o.search_vector, (select websearch_to_tsquery('english', :q))) desc, o.name_key";
            default -> "o.name_key, o.id";
        };
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql("select o.id, o.name, o.legal_form, o.size_band, o.locality, o.postcode_district,"
                        + " o.website, o.social_value_offer, o.latitude, o.longitude, " + distance + " as distance_km"
                        + " from org_organisation o where " + where + " order by " + order
                        + " limit :limit offset :offset")
                .params(params)
                .query(DirectorySearch::row)
                .list();
    }

    private List<DirectoryRow> withCredentials(List<DirectoryRow> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, List<String>> names = new HashMap<>();
        jdbc.sql("""
                select k.organisation_id, t.name from org_credential k join org_credential_type t
                    on t.code = k.type_code
                where k.status = 'VERIFIED' and k.organisation_id in (:ids) order by t.name
                """).param("ids", rows.stream().map(DirectoryRow::id).toList()).query(rs -> {
            names.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2));
        });
        return rows.stream()
                .map(r -> r.withCredentials(names.getOrDefault(r.id(), List.of())))
                .toList();
    }

    private List<DistrictPoint> districts(SearchFilter filter) {
        return jdbc.sql("select o.postcode_district, avg(o.latitude), avg(o.longitude), count(*) from"
                        + " org_organisation o where "
                        + filter.where()
                        + " and o.latitude is not null group by o.postcode_district order by count(*) desc,"
                        + " 1 limit 500")
                .params(filter.params())
                .query((rs, n) -> new DistrictPoint(rs.getString(1), rs.getDouble(2), rs.getDouble(3), rs.getLong(4)))
                .list();
    }

    Optional<GeoPoint> origin(DirectoryQuery query) {
        return PostcodeDistrict.parse(query.getPostcode()).flatMap(d -> area.centroid(d.code()));
    }

    private static DirectoryRow row(ResultSet rs, int n) throws SQLException {
        return new DirectoryRow(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("legal_form"),
                rs.getString("size_band"),
                rs.getString("locality"),
                rs.getString("postcode_district"),
                rs.getString("website"),
                rs.getString("social_value_offer"),
                (Double) rs.getObject("latitude"),
                (Double) rs.getObject("longitude"),
                rs.getObject("distance_km") == null ? null : rs.getDouble("distance_km"),
                List.of());
    }
}
