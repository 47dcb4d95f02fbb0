package org.socialvaluehub.spend.dashboards;

/**
 * Adds up a dashboard's totals and its six shares (same local authority, inside the area, same region, SME, VCSE,
 * accredited Real Living Wage) over influenceable spend with named suppliers; unknown is kept apart, never "not".
 */
final class DashboardShares {

    long total;
    long influenceable;
    long redacted;
    long supplierSpend;
    long resolvedSpend;
    private final long[][] shares = new long[6][3];

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
        influenceable += row.pence();
        if (row.supplierKey().isEmpty()) {
            return;
        }
        supplierSpend += row.pence();
        resolvedSpend += resolved ? row.pence() : 0;
        add(0, SupplierFacts.Facts.share(supplier.localAuthorities(), buyer.localAuthorities()), row.pence());
        add(1, supplier.inArea(), row.pence());
        add(2, SupplierFacts.Facts.share(supplier.regions(), buyer.regions()), row.pence());
        add(3, supplier.sme(), row.pence());
        add(4, supplier.vcse(), row.pence());
        add(5, supplier.livingWage(), row.pence());
    }

    DashboardView.Share share(int kind) {
        return new DashboardView.Share(shares[kind][0], shares[kind][1], shares[kind][2]);
    }

    private void add(int kind, Boolean yes, long pence) {
        shares[kind][yes == null ? 2 : yes ? 0 : 1] += pence;
    }
}
