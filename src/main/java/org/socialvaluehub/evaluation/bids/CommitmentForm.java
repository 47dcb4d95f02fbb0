package org.socialvaluehub.evaluation.bids;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A social value commitment as the supplier adds it to a bid. */
public class CommitmentForm {

    @NotBlank(message = "{evaluation.model.measure.missing}")
    private String measureCode;

    @NotNull(message = "{evaluation.bid.quantity.missing}")
    @DecimalMin(value = "0", message = "{evaluation.bid.quantity.missing}")
    @DecimalMax(value = "999999999999.99", message = "{evaluation.bid.quantity.tooLarge}")
    private BigDecimal quantity;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate deliveryDate;

    @Size(max = 200, message = "{evaluation.bid.locality.tooLong}")
    private String locality = "";

    public String getMeasureCode() {
        return measureCode;
    }

    public void setMeasureCode(String measureCode) {
        this.measureCode = measureCode;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public void setQuantity(BigDecimal quantity) {
        this.quantity = quantity;
    }

    public LocalDate getDeliveryDate() {
        return deliveryDate;
    }

    public void setDeliveryDate(LocalDate deliveryDate) {
        this.deliveryDate = deliveryDate;
    }

    public String getLocality() {
        return locality;
    }

    public void setLocality(String locality) {
        this.locality = locality;
    }
}
