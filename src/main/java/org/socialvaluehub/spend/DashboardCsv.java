package org.socialvaluehub.spend;

import java.util.List;
import org.socialvaluehub.spend.core.CsvCells;

/** A dashboard as CSV (section, label, amounts), every cell safe to open in a spreadsheet. */
final class DashboardCsv {

    private DashboardCsv() {
    }

    static String of(DashboardView v) {
        StringBuilder csv = new StringBuilder(CsvCells.line("section", "label", "amount_gbp", "influenceable_gbp",
            "share_percent", "unknown_gbp"));
        csv.append(CsvCells.line("period", v.period().label(), "", "", "", ""));
        csv.append(CsvCells.line("total", "all spend", v.whole(v.totalPence()), v.whole(v.influenceablePence()), "", ""));
        csv.append(CsvCells.line("total", "redacted payees", v.whole(v.redactedPence()), "", "", ""));
        share(csv, "local district", v.localDistrict());
        share(csv, "local area", v.localArea());
        share(csv, "local region", v.localRegion());
        share(csv, "SME", v.sme());
        share(csv, "VCSE", v.vcse());
        share(csv, "accredited Real Living Wage (verified)", v.livingWage());
        rows(csv, "month", v.months(), v);
        rows(csv, "quarter", v.quarters(), v);
        rows(csv, "service area", v.serviceAreas(), v);
        rows(csv, "expense type", v.categories(), v);
        for (DashboardView.TopSupplier s : v.topSuppliers()) {
            csv.append(CsvCells.line("top supplier", s.name() == null ? "individual (name withheld)" : s.name(), v.whole(s.pence()), v.whole(s.pence()), "", ""));
        }
        csv.append(CsvCells.line("LM3 (estimate)", "R1", v.whole(v.lm3().r1Pence()), "", "", ""));
        csv.append(CsvCells.line("LM3 (estimate)", "R2", v.whole(v.lm3().r2Pence()), "", "", ""));
        csv.append(CsvCells.line("LM3 (estimate)", "R3", v.whole(v.lm3().r3Pence()), "", "", ""));
        csv.append(CsvCells.line("LM3 (estimate)", "LM3 " + v.lm3Multiplier(), "", "", "", ""));
        csv.append(CsvCells.line("LM3 (estimate)", "share of R1 from declared figures", v.lm3DeclaredPercent() + "%",
            "", "", ""));
        for (DashboardView.Shift s : v.shifts().categories()) {
            csv.append(CsvCells.line("could shift", "CPV " + s.division() + " " + s.label(), v.whole(s.outOfAreaPence()),
                "", "", String.join("; ", s.inAreaSuppliers())));
        }
        csv.append(CsvCells.line("could shift", "unclassified supplier spend", v.whole(v.shifts().unclassifiedPence()),
            "", "", ""));
        return csv.toString();
    }

    private static void share(StringBuilder csv, String label, DashboardView.Share share) {
        csv.append(CsvCells.line("share", label, share.yesPence() / 100, "", share.percent() == null ? "" : share.percent(),
            share.unknownPence() / 100));
    }

    private static void rows(StringBuilder csv, String section, List<DashboardView.Row> rows, DashboardView v) {
        for (DashboardView.Row row : rows) {
            csv.append(CsvCells.line(section, row.label(), v.whole(row.pence()), v.whole(row.influenceablePence()), "", ""));
        }
    }
}
