package org.socialvaluehub.organisations.directory;

import java.util.List;

/** One page of directory results with the total, the facets and, for the map, the results by district. */
public record DirectoryResults(
        long total,
        int page,
        int pages,
        List<DirectoryRow> rows,
        List<FacetGroup> facets,
        List<DistrictPoint> districts) {}
