package org.socialvaluehub.measures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.socialvaluehub.measures.core.DeflatorCsv;
import org.socialvaluehub.measures.core.DeflatorSeries;
import org.socialvaluehub.measures.core.InvalidInputException;
import org.socialvaluehub.measures.core.Problem;
import org.springframework.stereotype.Service;

/**
 * The price index used to restate values in another year's prices: the series coordinators saved last,
 * or until then the one shipped in {@code measures/gdp-deflators.csv}.
 */
@Service
class Deflators {

    private final DeflatorRepository repository;

    Deflators(DeflatorRepository repository) {
        this.repository = repository;
    }

    DeflatorSeries current() {
        return DeflatorCsv.read(currentCsv().getBytes(StandardCharsets.UTF_8));
    }

    Optional<DeflatorRepository.Saved> lastSave() {
        return repository.latest();
    }

    /**
     * Saves a new series from its source and its {@code year,index} rows (one a line).
     *
     * @throws InvalidInputException naming the field or line of every problem; nothing is saved then
     */
    DeflatorSeries save(String sourceName, String sourceUrl, String rows, String savedBy) {
        List<Problem> problems = new ArrayList<>();
        if (sourceName == null || sourceName.isBlank()) {
            problems.add(new Problem("sourceName", "is missing: name the publication the index comes from"));
        }
        if (sourceUrl == null || !sourceUrl.strip().matches("https?://\\S+")) {
            problems.add(new Problem("sourceUrl", "must be a web address starting https://"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String csv = "# source_name: " + sourceName.strip().replaceAll("\\s+", " ") + "\n# source_url: "
                + sourceUrl.strip() + "\nyear,index\n" + (rows == null ? "" : rows.strip()) + "\n";
        DeflatorSeries series = DeflatorCsv.read(csv.getBytes(StandardCharsets.UTF_8));
        if (series.indexByYear().isEmpty()) {
            throw new InvalidInputException("rows", "add at least one year and its index, such as 2024-25,101.234");
        }
        repository.insert(csv, series.sourceName(), series.sourceUrl(), savedBy);
        return series;
    }

    String currentCsv() {
        return repository.latest().map(DeflatorRepository.Saved::contentCsv).orElseGet(Deflators::shipped);
    }

    private static String shipped() {
        try (var in = Deflators.class.getResourceAsStream("/measures/gdp-deflators.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
