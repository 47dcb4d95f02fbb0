package org.socialvaluehub.opportunities;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.socialvaluehub.opportunities.core.ValueBand;
import org.socialvaluehub.organisations.CpvCatalogue;
import org.socialvaluehub.shared.LongText;
import org.socialvaluehub.shared.Title;
import org.springframework.validation.BindingResult;

/** What a buyer writes about an opportunity; its timetable and place are in {@link TimeAndPlaceFields}. */
class OpportunityForm extends TimeAndPlaceFields {

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
        f.showTimeAndPlace(o);
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
                plannedPublication(result),
                questionsClose(result),
                deadline(result),
                expectedAward(result),
                contractStart(result),
                months(result),
                getDeliveryDistrict(),
                getAddress(),
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
