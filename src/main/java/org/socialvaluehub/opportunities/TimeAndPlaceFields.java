package org.socialvaluehub.opportunities;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import org.springframework.validation.BindingResult;

/**
 * When and where an opportunity's work happens, as a buyer types it on {@link OpportunityForm}: dates as yyyy-mm-dd
 * (deadlines fall at noon UK time), a length in months, a delivery district and an address. Unreadable dates and
 * numbers are reported on their fields.
 */
abstract class TimeAndPlaceFields {

    private String plannedPublication;
    private String questionsClose;
    private String deadline;
    private String expectedAward;
    private String contractStart;
    private String durationMonths;
    private String deliveryDistrict;
    private String address;

    /** Shows the opportunity's timetable and place as the buyer would type them. */
    void showTimeAndPlace(OpportunityDetails o) {
        plannedPublication = text(o.plannedPublication());
        questionsClose = o.questionsClose() == null
                ? null
                : text(o.questionsClose().atZone(DraftChecks.UK).toLocalDate());
        deadline = o.deadline() == null
                ? null
                : text(o.deadline().atZone(DraftChecks.UK).toLocalDate());
        expectedAward = text(o.expectedAward());
        contractStart = text(o.contractStart());
        durationMonths = o.durationMonths() == null ? null : o.durationMonths().toString();
        deliveryDistrict = o.deliveryDistrict();
        address = o.address();
    }

    LocalDate plannedPublication(BindingResult result) {
        return date("plannedPublication", plannedPublication, result);
    }

    Instant questionsClose(BindingResult result) {
        return noon("questionsClose", questionsClose, result);
    }

    Instant deadline(BindingResult result) {
        return noon("deadline", deadline, result);
    }

    LocalDate expectedAward(BindingResult result) {
        return date("expectedAward", expectedAward, result);
    }

    LocalDate contractStart(BindingResult result) {
        return date("contractStart", contractStart, result);
    }

    Integer months(BindingResult result) {
        if (durationMonths == null || durationMonths.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(durationMonths.strip());
        } catch (NumberFormatException e) {
            result.rejectValue("durationMonths", "opportunity.duration.invalid");
            return null;
        }
    }

    private static LocalDate date(String field, String text, BindingResult result) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            result.rejectValue(field, "opportunity.date.invalid");
            return null;
        }
    }

    private static Instant noon(String field, String text, BindingResult result) {
        LocalDate day = date(field, text, result);
        return day == null
                ? null
                : day.atTime(LocalTime.NOON).atZone(DraftChecks.UK).toInstant();
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    public String getPlannedPublication() {
        return plannedPublication;
    }

    public void setPlannedPublication(String plannedPublication) {
        this.plannedPublication = plannedPublication;
    }

    public String getQuestionsClose() {
        return questionsClose;
    }

    public void setQuestionsClose(String questionsClose) {
        this.questionsClose = questionsClose;
    }

    public String getDeadline() {
        return deadline;
    }

    public void setDeadline(String deadline) {
        this.deadline = deadline;
    }

    public String getExpectedAward() {
        return expectedAward;
    }

    public void setExpectedAward(String expectedAward) {
        this.expectedAward = expectedAward;
    }

    public String getContractStart() {
        return contractStart;
    }

    public void setContractStart(String contractStart) {
        this.contractStart = contractStart;
    }

    public String getDurationMonths() {
        return durationMonths;
    }

    public void setDurationMonths(String durationMonths) {
        this.durationMonths = durationMonths;
    }

    public String getDeliveryDistrict() {
        return deliveryDistrict;
    }

    public void setDeliveryDistrict(String deliveryDistrict) {
        this.deliveryDistrict = deliveryDistrict;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }
}
