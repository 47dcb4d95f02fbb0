package org.socialvaluehub.cli;

import java.io.PrintStream;
import org.socialvaluehub.spend.ImportResult;

/** How an import reconciles, at a terminal, in the words of the import page. */
final class SpendReconciliationText {

    private SpendReconciliationText() {}

    static void print(ImportResult result, PrintStream out) {
        ImportResult.Money money = result.money();
        out.println(
                money.balances()
                        ? SpendWords.text(
                                "spend.reconcile.balances",
                                SpendImportCommand.pounds(money.accepted()),
                                SpendImportCommand.pounds(money.added()),
                                SpendImportCommand.pounds(money.already()))
                        : SpendWords.text("spend.reconcile.doesNotBalance"));
        if (money.fileTotal() != null) {
            out.println(SpendWords.text(
                    "spend.reconcile.fileTotal",
                    SpendImportCommand.pounds(money.fileTotal()),
                    SpendImportCommand.pounds(money.fileTotalDifference()),
                    SpendImportCommand.pounds(money.rejected())));
        }
        if (!result.earlier().isEmpty()) {
            out.println(SpendWords.text("spend.reconcile.from") + ":");
            for (ImportResult.Earlier earlier : result.earlier()) {
                out.println("  "
                        + SpendWords.text(
                                "spend.reconcile.fromImport",
                                earlier.fileName(),
                                earlier.day(),
                                earlier.lines(),
                                SpendImportCommand.pounds(earlier.amount())));
            }
        }
        if (result.rowsRejected() > 0) {
            out.println(SpendWords.text("spend.reconcile.reasons") + ":");
            result.rejections().stream()
                    .limit(20)
                    .forEach(r -> out.println("  line " + r.line() + ": " + SpendWords.reasons(r.problems())));
        }
    }
}
