package org.socialvaluehub.measures;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.socialvaluehub.measures.core.DeliveredValuation;
import org.socialvaluehub.measures.core.DeliveredValue;
import org.socialvaluehub.measures.core.Framework;
import org.socialvaluehub.measures.core.FrameworkCsvReader;
import org.socialvaluehub.measures.core.InvalidInputException;
import org.socialvaluehub.measures.core.Measure;
import org.socialvaluehub.measures.core.PriceBasis;
import org.socialvaluehub.measures.core.ProxyValue;
import org.socialvaluehub.measures.core.Valuation;
import org.socialvaluehub.measures.core.ValueRange;
import org.springframework.stereotype.Service;

/**
 * The published framework for other modules: the current version, any version by number (pin it to
 * reproduce results), its measures, the value of a quantity of a measure, and the current priorities.
 */
@Service
public class Frameworks {

    private final FrameworkVersionRepository versions;
    private final PrioritySetRepository priorities;
    private final Deflators deflators;
    private final Map<Integer, FrameworkVersion> cache = new ConcurrentHashMap<>();

    Frameworks(FrameworkVersionRepository versions, PrioritySetRepository priorities, Deflators deflators) {
        this.versions = versions;
        this.priorities = priorities;
        this.deflators = deflators;
    }

    /** The newest published version, if any has been published. */
    public Optional<FrameworkVersion> current() {
        return versions.latestPublished().map(this::load);
    }

    /** A published version by number; published versions never change, so this is safe to pin. */
    public Optional<FrameworkVersion> version(int number) {
        FrameworkVersion cached = cache.get(number);
        return cached != null ? Optional.of(cached) : versions.published(number).map(this::load);
    }

    /** Every published version, newest first. */
    public List<FrameworkVersion> versions() {
        return versions.publishedVersions().stream().map(this::load).toList();
    }

    public List<Measure> measures(int versionNumber) {
        return require(versionNumber).content().measures();
    }

    /**
     * Net present value (low, central, high) of {@code quantity} units of a measure, after additionality,
     * drop-off and Green Book discounting, at the value's own price base year.
     *
     * @throws InvalidInputException naming the field: an unknown version or measure, an unmonetised
     *                               measure, or a missing or negative quantity
     */
    public ValueRange value(int versionNumber, String measureCode, BigDecimal quantity) {
        return Valuation.greenBook().presentValue(quantity, proxyValue(versionNumber, measureCode));
    }

    /** As {@link #value(int, String, BigDecimal)}, restated in {@code priceYear} prices through the deflator series. */
    public ValueRange value(int versionNumber, String measureCode, BigDecimal quantity, int priceYear) {
        ProxyValue value = proxyValue(versionNumber, measureCode).rebasedTo(priceYear, deflators.current());
        return Valuation.greenBook().presentValue(quantity, value);
    }

    /**
     * What {@code quantity} units of a measure delivered on {@code deliveredOn} are worth under a published
     * version: low, central and high of the value's type, restated in the version's price year where the
     * deflator series allows (else in the value's own year, and labelled so) and discounted from the
     * version's appraisal base year to each year of benefit (with no delivery date, from the base year
     * itself, undiscounted; pages say so). Never throws for bad data or an unpriced
     * measure: it answers "not priced" or "cannot be valued" with the reason.
     */
    public DeliveredValue valueDelivered(
            int versionNumber, String measureCode, BigDecimal quantity, LocalDate deliveredOn) {
        try {
            Framework content = require(versionNumber).content();
            requireMeasure(content, versionNumber, measureCode);
            ProxyValue value = content.valueOf(measureCode).orElse(null);
            int year = deliveredOn == null
                    ? content.basis().map(PriceBasis::baseYear).orElse(0)
                    : PriceBasis.financialYearOf(deliveredOn);
            return new DeliveredValuation(content.priceBasis(), deflators.current()).value(quantity, value, year);
        } catch (InvalidInputException e) {
            return DeliveredValue.cannotBeValued(e.getMessage());
        }
    }

    /** The price year and appraisal base year a published version states, if it states them. */
    public Optional<PriceBasis> priceBasis(int versionNumber) {
        return version(versionNumber).flatMap(v -> v.content().basis());
    }

    /** The newest published priority set. */
    public Optional<PrioritySet> currentPriorities() {
        return priorities.latest();
    }

    private ProxyValue proxyValue(int versionNumber, String measureCode) {
        Framework content = require(versionNumber).content();
        requireMeasure(content, versionNumber, measureCode);
        return content.valueOf(measureCode)
                .orElseThrow(() -> new InvalidInputException(
                        "value", "measure " + measureCode + " is counted, not priced, in version " + versionNumber));
    }

    private static void requireMeasure(Framework content, int versionNumber, String measureCode) {
        if (content.measures().stream().noneMatch(m -> m.code().equals(measureCode))) {
            throw new InvalidInputException(
                    "measure_code", "version " + versionNumber + " has no measure " + measureCode);
        }
    }

    private FrameworkVersion require(int number) {
        return version(number)
                .orElseThrow(() ->
                        new InvalidInputException("version", "there is no published framework version " + number));
    }

    private FrameworkVersion load(StoredVersion stored) {
        return cache.computeIfAbsent(
                stored.number(),
                n -> new FrameworkVersion(
                        n,
                        FrameworkCsvReader.read(stored.contentCsv().getBytes(StandardCharsets.UTF_8)),
                        stored.changeNote(),
                        stored.publishedAt(),
                        stored.publishedBy(),
                        stored.basedOn()));
    }
}
