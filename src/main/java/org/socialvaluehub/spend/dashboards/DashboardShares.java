package org.socialvaluehub.spend.dashboards;

import java.util.HashMap;
import java.util.Map;

/**
 * Adds up a dashboard's totals and its six shares (same local authority, inside the area, same region, SME, VCSE,
 * accredited Real Living Wage) over influenceable spend with named suppliers; unknown is kept apart, never "not",
 * with the spend each supplier left unknown so the largest can be named.
 */
final class DashboardShares {

    static final String[] KINDS = {"localDistrict", "localArea", "localRegion", "sme", "vcse", "livingWage"};

    long total;
    long influenceable;
    long redacted;
    long supplierSpend;
    long resolvedSpend;
    /** Spend with suppliers the directory records as public bodies: set aside as not influenceable. */
    long publicBodies;
    /** The part of the local (inside the area) spend paid to firms based elsewhere, local through a site. */
    long localBranches;

    private final long[][] shares = new long[KINDS.length][3];
    private final Map<String, Map<String, Long>> unknown = new HashMap<>();

    /** Whether the row's spend counts as influenceable: by the rules, and not with a public body. */
    static boolean influenceable(DashboardRepository.SupplierSpend row, SupplierFacts.Facts supplier) {
        return row.influenceable() && !supplier.publicBody();
    }

    void add(
            DashboardRepository.SupplierSpend row,
            boolean resolved,
            SupplierFacts.Facts supplier,
            SupplierFacts.Facts buyer) {
        total += row.pence();
        if (row.supplierKey().isEmpty()) {
            redacted += row.pence();
        }
        if (!row.influenceable()) {
            return;
        }
        if (supplier.publicBody()) {
            publicBodies += row.pence();
            return;
        }
        influenceable += row.pence();
        if (row.supplierKey().isEmpty()) {
            return;
        }
        supplierSpend += row.pence();
        resolvedSpend += resolved ? row.pence() : 0;
        localBranches += supplier.branchOnly() ? row.pence() : 0;
        Boolean[] kinds = {
            buyer.county()
                    ? supplier.inArea()
                    : SupplierFacts.Facts.share(supplier.localAuthorities(), buyer.localAuthorities()),
            supplier.inArea(),
            SupplierFacts.Facts.share(supplier.regions(), buyer.regions()),
            supplier.sme(),
            supplier.vcse(),
            supplier.livingWage()
        };
        for (int kind = 0; kind < kinds.length; kind++) {
            add(kind, kinds[kind], row.pence());
            if (kinds[kind] == null) {
                unknown.computeIfAbsent(KINDS[kind], k -> new HashMap<>())
                        .merge(row.supplierKey(), row.pence(), Long::sum);
            }
        }
    }

    DashboardView.Share share(int kind) {
        return new DashboardView.Share(shares[kind][0], shares[kind][1], shares[kind][2]);
    }

    /** Spend left unknown for a kind of share, by supplier key. */
    Map<String, Long> unknown(String kind) {
        return unknown.getOrDefault(kind, Map.of());
    }

    private void add(int kind, Boolean yes, long pence) {
        shares[kind][yes == null ? 2 : yes ? 0 : 1] += pence;
    }
}
