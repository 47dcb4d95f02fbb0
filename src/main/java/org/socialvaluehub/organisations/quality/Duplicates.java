package org.socialvaluehub.organisations.quality;

import java.util.ArrayList;
import java.util.List;
import org.socialvaluehub.organisations.core.DuplicateDetection;
import org.socialvaluehub.organisations.core.OrgId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads every supplier's names and identifiers and finds the likely duplicates among them. */
@Component
public class Duplicates {

    private final JdbcClient jdbc;

    public Duplicates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The organisations that look like the same one as this. */
    public List<Long> twinsOf(long id) {
        return find().stream()
                .filter(p -> p.first() == id || p.second() == id)
                .map(p -> p.first() == id ? p.second() : p.first())
                .toList();
    }

    List<DuplicateDetection.Pair> find() {
        List<DuplicateDetection.Candidate> candidates = jdbc.sql("""
                select id, name, trading_names, company_number, charity_number, mutual_number from org_organisation
                where kind = 'SUPPLIER'""")
                .query((rs, n) -> {
                    List<String> names = new ArrayList<>(List.of(rs.getString("name")));
                    if (rs.getString("trading_names") != null) {
                        names.addAll(rs.getString("trading_names").lines().toList());
                    }
                    List<String> ids = new ArrayList<>();
                    if (rs.getString("company_number") != null) {
                        OrgId.of(OrgId.Scheme.COH, rs.getString("company_number"))
                                .ifPresent(i -> ids.add(i.toString()));
                    }
                    if (rs.getString("charity_number") != null) {
                        OrgId.charity(rs.getString("charity_number")).ifPresent(i -> ids.add(i.toString()));
                    }
                    if (rs.getString("mutual_number") != null) {
                        OrgId.of(OrgId.Scheme.MPR, rs.getString("mutual_number"))
                                .ifPresent(i -> ids.add(i.toString()));
                    }
                    return new DuplicateDetection.Candidate(rs.getLong("id"), names, ids);
                })
                .list();
        return DuplicateDetection.find(candidates);
    }
}
