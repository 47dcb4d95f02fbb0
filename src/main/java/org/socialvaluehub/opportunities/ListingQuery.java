package org.socialvaluehub.opportunities;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.socialvaluehub.opportunities.core.SearchCriteria;
import org.socialvaluehub.opportunities.core.ValueBand;
import org.springframework.web.util.UriComponentsBuilder;

/** The listing's search and filters as they arrive in the query string (also the API's parameters). */
class ListingQuery {

    private String q;
    private String kind;
    private String category;
    private ValueBand valueBand;
    private Long buyer;
    private LocalDate deadlineBefore;
    private boolean sme;
    private boolean vcse;
    private String locality;
    private OpportunityStatus status;
    private int page = 1;

    SearchCriteria criteria() {
        return new SearchCriteria(
                q,
                kind,
                category,
                valueBand,
                buyer,
                deadlineBefore == null
                        ? null
                        : deadlineBefore
                                .atTime(LocalTime.MAX)
                                .atZone(DraftChecks.UK)
                                .toInstant(),
                sme,
                vcse,
                locality);
    }

    /** The same search on another page (or path), for paging links and feeds. */
    String link(String path, int toPage) {
        return UriComponentsBuilder.fromPath(path)
                .queryParamIfPresent("q", blank(q))
                .queryParamIfPresent("kind", blank(kind))
                .queryParamIfPresent("category", blank(category))
                .queryParamIfPresent("valueBand", Optional.ofNullable(valueBand))
                .queryParamIfPresent("buyer", Optional.ofNullable(buyer))
                .queryParamIfPresent("deadlineBefore", Optional.ofNullable(deadlineBefore))
                .queryParamIfPresent("sme", sme ? Optional.of(true) : Optional.empty())
                .queryParamIfPresent("vcse", vcse ? Optional.of(true) : Optional.empty())
                .queryParamIfPresent("locality", blank(locality))
                .queryParamIfPresent("status", Optional.ofNullable(status))
                .queryParamIfPresent("page", toPage > 1 ? Optional.of(toPage) : Optional.empty())
                .encode()
                .build()
                .toUriString();
    }

    private static Optional<String> blank(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text);
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public ValueBand getValueBand() {
        return valueBand;
    }

    public void setValueBand(ValueBand valueBand) {
        this.valueBand = valueBand;
    }

    public Long getBuyer() {
        return buyer;
    }

    public void setBuyer(Long buyer) {
        this.buyer = buyer;
    }

    public LocalDate getDeadlineBefore() {
        return deadlineBefore;
    }

    public void setDeadlineBefore(LocalDate deadlineBefore) {
        this.deadlineBefore = deadlineBefore;
    }

    public boolean isSme() {
        return sme;
    }

    public void setSme(boolean sme) {
        this.sme = sme;
    }

    public boolean isVcse() {
        return vcse;
    }

    public void setVcse(boolean vcse) {
        this.vcse = vcse;
    }

    public String getLocality() {
        return locality;
    }

    public void setLocality(String locality) {
        this.locality = locality;
    }

    public OpportunityStatus getStatus() {
        return status;
    }

    public void setStatus(OpportunityStatus status) {
        this.status = status == OpportunityStatus.DRAFT ? null : status;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(1, page);
    }
}
