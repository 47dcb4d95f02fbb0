package org.socialvaluehub.organisations.directory;

import java.util.ArrayList;
import java.util.List;
import org.springframework.web.util.UriComponentsBuilder;

/** A directory search as it arrives in the address: words, facet choices, sort, page and view. */
public class DirectoryQuery {

    static final int PAGE_SIZE = 20;

    private String q;
    private List<String> legalForm = new ArrayList<>();
    private List<String> size = new ArrayList<>();
    private List<String> locality = new ArrayList<>();
    private List<String> cpv = new ArrayList<>();
    private List<String> credential = new ArrayList<>();
    private boolean verified;
    private String district;
    private String sort;
    private String postcode;
    private int page = 1;
    private String view;
    private boolean partners;

    /** Whether the search is by a signed-in member of the partnership, who also sees partners-only listings. */
    boolean seenByPartners() {
        return partners;
    }

    /** Set by the page from who is signed in, never from the address (so it has no bean-style setter). */
    DirectoryQuery seenByPartners(boolean partners) {
        this.partners = partners;
        return this;
    }

    /** Relevance when there are words, distance when a postcode is given and asked for, else name. */
    String effectiveSort() {
        if ("distance".equals(sort) && postcode != null && !postcode.isBlank()) {
            return "distance";
        }
        if ("name".equals(sort) || q == null || q.isBlank()) {
            return "name";
        }
        return "relevance";
    }

    boolean hasWords() {
        return q != null && !q.isBlank();
    }

    int offset() {
        return (Math.max(1, page) - 1) * PAGE_SIZE;
    }

    /** This search's address with a different page (or view), keeping every filter. */
    public String link(String path, Integer toPage, String toView) {
        var uri = UriComponentsBuilder.fromPath(path);
        if (hasWords()) {
            uri.queryParam("q", q.strip());
        }
        legalForm.forEach(v -> uri.queryParam("legalForm", v));
        size.forEach(v -> uri.queryParam("size", v));
        locality.forEach(v -> uri.queryParam("locality", v));
        cpv.forEach(v -> uri.queryParam("cpv", v));
        credential.forEach(v -> uri.queryParam("credential", v));
        if (verified) {
            uri.queryParam("verified", "true");
        }
        if (district != null && !district.isBlank()) {
            uri.queryParam("district", district);
        }
        if (sort != null && !sort.isBlank()) {
            uri.queryParam("sort", sort);
        }
        if (postcode != null && !postcode.isBlank()) {
            uri.queryParam("postcode", postcode.strip());
        }
        if (toPage != null && toPage > 1) {
            uri.queryParam("page", toPage);
        }
        if (toView != null) {
            uri.queryParam("view", toView);
        }
        return uri.encode().build().toUriString();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public List<String> getLegalForm() {
        return legalForm;
    }

    public void setLegalForm(List<String> legalForm) {
        this.legalForm = legalForm;
    }

    public List<String> getSize() {
        return size;
    }

    public void setSize(List<String> size) {
        this.size = size;
    }

    public List<String> getLocality() {
        return locality;
    }

    public void setLocality(List<String> locality) {
        this.locality = locality;
    }

    public List<String> getCpv() {
        return cpv;
    }

    public void setCpv(List<String> cpv) {
        this.cpv = cpv;
    }

    public List<String> getCredential() {
        return credential;
    }

    public void setCredential(List<String> credential) {
        this.credential = credential;
    }

    public boolean isVerified() {
        return verified;
    }

    public void setVerified(boolean verified) {
        this.verified = verified;
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(1, page);
    }

    public String getView() {
        return view;
    }

    public void setView(String view) {
        this.view = view;
    }
}
