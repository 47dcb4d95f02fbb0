package org.socialvaluehub.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.measures.core.DeliveredValue;
import org.socialvaluehub.measures.core.PriceBasis;
import org.springframework.beans.factory.annotation.Autowired;

/** The public valuation other modules call: a quantity of a measure of a version, delivered on a date. */
@HubTest
class ValueDeliveredTest {

    @Autowired
    Frameworks frameworks;

    @Autowired
    Deflators deflators;

    @Autowired
    PublishedFramework published;

    /** Other tests save their own series; value against HM Treasury's, as shipped. */
    @BeforeEach
    void shippedDeflators() throws IOException {
        try (var in = getClass().getResourceAsStream("/measures/gdp-deflators.csv")) {
            String rows = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.startsWith("#") && !line.startsWith("year"))
                    .collect(Collectors.joining("\n"));
            deflators.save("HM Treasury GDP deflators, March 2026", "https://www.gov.uk/", rows, "test");
        }
    }

    @Test
    void theFirstVersionStatesItsPriceYearAndBaseYear() {
        assertThat(frameworks.priceBasis(published.first().number())).contains(new PriceBasis(2024, 2025));
    }

    @Test
    void valuesAFiscalSavingInTheVersionsPriceYearDiscountedFromTheYearOfDelivery() {
        int v1 = published.first().number();
        // JS04: £6,897 (2014-15 prices) × 100 ÷ 74.0662 × 2 people × 0.75 × 0.75 = £10,475.93 in 2024-25 prices.
        DeliveredValue inBaseYear =
                frameworks.valueDelivered(v1, "JS04", new BigDecimal("2"), LocalDate.of(2025, 6, 1));
        // Delivered in 2027-28, two years after the 2025-26 base: ÷ 1.035² = £9,779.39.
        DeliveredValue inYearTwo = frameworks.valueDelivered(v1, "JS04", new BigDecimal("2"), LocalDate.of(2027, 5, 1));

        assertThat(inBaseYear.valueType()).isEqualTo("fiscal");
        assertThat(inBaseYear.priceYearLabel()).isEqualTo("2024-25");
        assertThat(inBaseYear.range().central()).isEqualByComparingTo("10475.93");
        assertThat(inYearTwo.range().central()).isEqualByComparingTo("9779.39");
    }

    @Test
    void theLivingWageUpliftIsAnEconomicValueShownInItsOwnYear() {
        DeliveredValue js10 = frameworks.valueDelivered(
                published.first().number(), "JS10", new BigDecimal("100"), LocalDate.of(2025, 6, 1));

        assertThat(js10.valueType()).isEqualTo("economic");
        assertThat(js10.inStatedPriceYear()).isFalse();
        assertThat(js10.priceYearLabel()).isEqualTo("2025-26");
        assertThat(js10.range().central()).isEqualByComparingTo("124.00");
    }

    @Test
    void anUnpricedMeasureIsCountedAndAnUnknownOneCannotBeValuedWithTheReason() {
        int v1 = published.first().number();

        assertThat(frameworks
                        .valueDelivered(v1, "JS01", BigDecimal.ONE, LocalDate.of(2025, 6, 1))
                        .status())
                .isEqualTo(DeliveredValue.Status.NOT_PRICED);
        DeliveredValue unknown = frameworks.valueDelivered(v1, "XX99", BigDecimal.ONE, LocalDate.of(2025, 6, 1));
        assertThat(unknown.cannotBeValued()).isTrue();
        assertThat(unknown.reason()).contains("has no measure XX99");
        assertThat(unknown.range()).isNull();
    }
}
