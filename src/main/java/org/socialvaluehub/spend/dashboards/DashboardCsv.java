package org.socialvaluehub.spend.dashboards;

import java.math.BigDecimal;
import java.util.List;
import org.socialvaluehub.shared.CsvExport;

/** A dashboard as CSV (section, label, amounts), every cell safe to open in a spreadsheet. */
final class DashboardCsv {

    private DashboardCsv() {}

    static String of(DashboardView v) {
        StringBuilder csv = new StringBuilder(
                CsvExport.line("section", "label", "amount_gbp", "influenceable_gbp", "share_percent", "unknown_gbp"));
        csv.append(CsvExport.line("period", v.period().label(), "", "", "", ""));
        csv.append(
                CsvExport.line("total", "all spend", v.whole(v.totalPence()), v.whole(v.influenceablePence()), "", ""));
        csv.append(CsvExport.line("total", "redacted payees", v.whole(v.redactedPence()), "", "", ""));
        share(csv, "local district", v.localDistrict(), v.localDistrict().percent());
        share(csv, "local area", v.localArea(), v.localArea().percent());
        share(csv, "local region", v.localRegion(), v.localRegion().percent());
        share(csv, "SME", v.sme(), v.sme().percent());
        share(csv, "VCSE", v.vcse(), v.vcse().percent());
        share(
                csv,
                "accredited Real Living Wage (verified; the rest not verified)",
                v.livingWage(),
                v.livingWage().percentOfAll());
        csv.append(CsvExport.line(
                "share", "local area: branches of firms based elsewhere", v.whole(v.localBranchPence()), "", "", ""));
        csv.append(
                CsvExport.line("total", "public bodies (not influenceable)", v.whole(v.publicBodyPence()), "", "", ""));
        v.unresolved()
                .forEach((kind, list) -> list.forEach(u -> csv.append(CsvExport.line(
                        "unknown for " + kind,
                        u.name() == null ? "individual (name withheld)" : u.name(),
                        "",
                        "",
                        "",
                        v.whole(u.pence())))));
        rows(csv, "month", v.months(), v);
        rows(csv, "quarter", v.quarters(), v);
        rows(csv, "service area", v.serviceAreas(), v);
        rows(csv, "expense type", v.categories(), v);
        for (DashboardView.TopSupplier s : v.topSuppliers()) {
            csv.append(CsvExport.line(
                    "top supplier",
                    s.name() == null ? "individual (name withheld)" : s.name(),
                    v.whole(s.pence()),
                    v.whole(s.pence()),
                    "",
                    ""));
        }
        csv.append(CsvExport.line("LM3 (estimate)", "R1", v.whole(v.lm3().r1Pence()), "", "", ""));
        csv.append(CsvExport.line("LM3 (estimate)", "R2", v.whole(v.lm3().r2Pence()), "", "", ""));
        csv.append(CsvExport.line("LM3 (estimate)", "R3", v.whole(v.lm3().r3Pence()), "", "", ""));
        csv.append(CsvExport.line(
                "LM3 (estimate)",
                "LM3",
                "",
                "",
                v.lm3Known() ? Double.toString(v.lm3().multiplier()) : "not enough supplier data",
                ""));
        csv.append(CsvExport.line(
                "LM3 (estimate)",
                "share of supplier spend placed in or out of the area (coverage)",
                "",
                "",
                Double.toString(v.lm3().coverage() * 100),
                ""));
        csv.append(CsvExport.line(
                "LM3 (estimate)",
                "share of R2 from declared figures",
                "",
                "",
                Double.toString(v.lm3().declaredShare() * 100),
                ""));
        for (DashboardView.Shift s : v.shifts().categories()) {
            csv.append(CsvExport.line(
                    "could shift",
                    "CPV " + s.division() + " " + s.label(),
                    v.whole(s.outOfAreaPence()),
                    "",
                    "",
                    String.join("; ", s.inAreaSuppliers())));
        }
        csv.append(CsvExport.line(
                "could shift", "unclassified supplier spend", v.whole(v.shifts().unclassifiedPence()), "", "", ""));
        return csv.toString();
    }

    private static void share(StringBuilder csv, String label, DashboardView.Share share, BigDecimal percent) {
        csv.append(CsvExport.line(
                "share",
                label,
                share.yesPence() / 100,
                "",
                percent == null ? "" : percent,
                share.unknownPence() / 100));
    }

    private static void rows(StringBuilder csv, String section, List<DashboardView.Row> rows, DashboardView v) {
        for (DashboardView.Row row : rows) {
            csv.append(CsvExport.line(
                    section, row.label(), v.whole(row.pence()), v.whole(row.influenceablePence()), "", ""));
        }
    }
}
