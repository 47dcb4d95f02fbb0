package org.socialvaluehub.organisations.directory;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.socialvaluehub.shared.CsvExport;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

/** Any directory search as a CSV file (public facts only), safe to open in a spreadsheet. */
@RestController
class DirectoryExportController {

    static final int MAX_ROWS = 50_000;

    private final DirectorySearch search;

    DirectoryExportController(DirectorySearch search) {
        this.search = search;
    }

    @GetMapping("/directory/export.csv")
    ResponseEntity<String> export(@ModelAttribute DirectoryQuery query, SignedInUser user) {
        query.seenByPartners(ListedTo.partner(user));
        StringWriter out = new StringWriter();
        try (CsvWriter csv = CsvWriter.builder().build(out)) {
            csv.writeRecord(
                    "id",
                    "name",
                    "legal_form",
                    "size_band",
                    "locality",
                    "postcode_district",
                    "website",
                    "verified_credentials",
                    "social_value_offer");
            for (DirectoryRow row : search.all(query, MAX_ROWS)) {
                csv.writeRecord(List.of(
                                String.valueOf(row.id()),
                                row.name(),
                                row.legalForm(),
                                row.sizeBand(),
                                row.locality(),
                                nz(row.district()),
                                nz(row.website()),
                                String.join("; ", row.verifiedCredentials()),
                                nz(row.socialValueOffer()))
                        .stream()
                        .map(CsvExport::text)
                        .toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("directory.csv")
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(out.toString());
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }
}
