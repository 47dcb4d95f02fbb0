package org.socialvaluehub.opportunities;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.socialvaluehub.opportunities.core.ValueBand;
import org.socialvaluehub.organisations.CpvCatalogue;
import org.socialvaluehub.shared.LongText;
import org.socialvaluehub.shared.Title;
import org.springframework.validation.BindingResult;

/** What a buyer writes about an opportunity; dates come as yyyy-mm-dd, deadlines fall at noon UK time. */
class OpportunityForm {

    private Long buyerId;

    @Title
    private String title;

    @LongText
    private String description;

    private OpportunityKind kind;
    private List<String> cpvCodes = new ArrayList<>();
    private String cpvQuery;
    private String estimatedValue;
    private ValueBand valueBand;
    private String plannedPublication;
    private String questionsClose;
    private String deadline;
    private String expectedAward;
    private String contractStart;
    private String durationMonths;
    private String deliveryDistrict;
    private String address;
    private boolean suitableSme;
    private boolean suitableVcse;
    private List<String> priorities = new ArrayList<>();
    private String lots;

    static OpportunityForm of(OpportunityDetails o) {
        OpportunityForm f = new OpportunityForm();
        f.buyerId = o.buyerId();
        f.title = o.title();
        f.description = o.description();
        f.kind = o.kind();
        f.cpvCodes = new ArrayList<>(o.cpvCodes());
        f.estimatedValue =
                o.estimatedValue() == null ? null : o.estimatedValue().toPlainString();
        f.valueBand = o.valueBand();
        f.plannedPublication = text(o.plannedPublication());
        f.questionsClose = o.questionsClose() == null
                ? null
                : o.questionsClose().atZone(DraftChecks.UK).toLocalDate().toString();
        f.deadline = o.deadline() == null
                ? null
                : o.deadline().atZone(DraftChecks.UK).toLocalDate().toString();
        f.expectedAward = text(o.expectedAward());
        f.contractStart = text(o.contractStart());
        f.durationMonths =
                o.durationMonths() == null ? null : o.durationMonths().toString();
        f.deliveryDistrict = o.deliveryDistrict();
        f.address = o.address();
        f.suitableSme = o.suitableSme();
        f.suitableVcse = o.suitableVcse();
        f.priorities = new ArrayList<>(o.priorities());
        f.lots = String.join("\n", o.lots().stream().map(Lot::title).toList());
        return f;
    }

    /** The draft, with unreadable numbers and dates reported on their fields. */
    OpportunityDraft toDraft(CpvCatalogue catalogue, BindingResult result) {
        List<String> codes = cpvCodes.stream()
                .filter(c -> c != null && !c.isBlank())
                .map(c -> catalogue
                        .find(c.strip())
                        .map(CpvCatalogue.Entry::digits)
                        .orElse(c.strip()))
                .distinct()
                .toList();
        return new OpportunityDraft(
                title,
                description,
                kind,
                codes,
                money(result),
                valueBand,
                date("plannedPublication", plannedPublication, result),
                noon("questionsClose", questionsClose, result),
                noon("deadline", deadline, result),
                date("expectedAward", expectedAward, result),
                date("contractStart", contractStart, result),
                months(result),
                deliveryDistrict,
                address,
                suitableSme,
                suitableVcse,
                priorities,
                lots == null ? List.of() : Arrays.asList(lots.split("\\R")));
    }

    private BigDecimal money(BindingResult result) {
        if (estimatedValue == null || estimatedValue.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(estimatedValue.strip().replace(",", "").replace("£", ""));
        } catch (NumberFormatException e) {
            result.rejectValue("estimatedValue", "opportunity.value.invalid");
            return null;
        }
    }

    private Integer months(BindingResult result) {
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

    private static java.time.Instant noon(String field, String text, BindingResult result) {
        LocalDate day = date(field, text, result);
        return day == null
                ? null
                : day.atTime(LocalTime.NOON).atZone(DraftChecks.UK).toInstant();
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    public Long getBuyerId() {
        return buyerId;
    }

    public void setBuyerId(Long buyerId) {
        this.buyerId = buyerId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public OpportunityKind getKind() {
        return kind;
    }

    public void setKind(OpportunityKind kind) {
        this.kind = kind;
    }

    public List<String> getCpvCodes() {
        return cpvCodes;
    }

    public void setCpvCodes(List<String> cpvCodes) {
        this.cpvCodes = cpvCodes == null ? new ArrayList<>() : cpvCodes;
    }

    public String getCpvQuery() {
        return cpvQuery;
    }

    public void setCpvQuery(String cpvQuery) {
        this.cpvQuery = cpvQuery;
    }

    public String getEstimatedValue() {
        return estimatedValue;
    }

    public void setEstimatedValue(String estimatedValue) {
        this.estimatedValue = estimatedValue;
    }

    public ValueBand getValueBand() {
        return valueBand;
    }

    public void setValueBand(ValueBand valueBand) {
        this.valueBand = valueBand;
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

    public boolean isSuitableSme() {
        return suitableSme;
    }

    public void setSuitableSme(boolean suitableSme) {
        this.suitableSme = suitableSme;
    }

    public boolean isSuitableVcse() {
        return suitableVcse;
    }

    public void setSuitableVcse(boolean suitableVcse) {
        this.suitableVcse = suitableVcse;
    }

    public List<String> getPriorities() {
        return priorities;
    }

    public void setPriorities(List<String> priorities) {
        this.priorities = priorities == null ? new ArrayList<>() : priorities;
    }

    public String getLots() {
        return lots;
    }

    public void setLots(String lots) {
        this.lots = lots;
    }
}
