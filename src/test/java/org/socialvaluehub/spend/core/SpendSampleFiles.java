package org.socialvaluehub.spend.core;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the sample spend files whose bytes matter (encodings, line endings, byte order mark), so that the bytes
 * are reproducible rather than whatever an editor saved.
 *
 * <p>Run: {@code java src/test/java/org/socialvaluehub/spend/core/SpendSampleFiles.java src/test/resources/spend}
 */
public final class SpendSampleFiles {

    private SpendSampleFiles() {}

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "src/test/resources/spend");
        write(
                folder.resolve("windows-1252.csv"),
                Charset.forName("windows-1252"),
                "",
                "Date,Supplier Name,Description,Amount (£)\r\n"
                        + "01/05/2024,Café Rouge Ltd,Staff lunch £45 cap,45.00\r\n"
                        + "02/05/2024,Brontë Books,Library stock – May,\"£1,234.50\"\r\n");
        write(
                folder.resolve("dos-850-pound.csv"),
                Charset.forName("IBM850"),
                "",
                "Service Cost Centre,Name,Payment date,Net Amount(£)\r\n"
                        + "GREEN INFRASTRUCTURE,THE LANCASHIRE WILDLIFE TRUST,01/03/2017,412.50\r\n"
                        + "ACCOUNTANCY,CIPFA BUSINESS LIMITED,06/03/2017,295.00\r\n");
        write(
                folder.resolve("bare-cr.csv"),
                Charset.forName("windows-1252"),
                "",
                "Service Cost Centre,Description,HBC ref no,Name,Payment date,Net Amount(£)\r"
                        + "ENVIRONMENTAL SERVICES,SEMINAR,P-CARD - AUG 19,EPCOLLEGE,43658,910\r"
                        + "P & C G,\"7\"\" TABLET\",P-CARD - AUG 19,AMAZON,43676,254.55\r"
                        + "MARKETS,WATER CHARGES,B000020330/8325,WATER PLUS LTD,43682,615.82\r");
        write(
                folder.resolve("utf8-bom.csv"),
                StandardCharsets.UTF_8,
                "\ufeff",
                "Supplier Name,Date,Amount\n"
                        + "Ambridge Organics,01/04/2024,£100.00\n"
                        + "Lower Loxley Hall,02/04/2024,£200.00\n");
    }

    private static void write(Path file, Charset charset, String prefix, String text) throws IOException {
        Files.write(file, (prefix + text).getBytes(charset));
    }
}
