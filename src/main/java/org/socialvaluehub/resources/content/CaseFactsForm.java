package org.socialvaluehub.resources.content;

import org.socialvaluehub.shared.LongText;
import org.socialvaluehub.shared.Title;

/** The case study facts as typed into the editor. */
public class CaseFactsForm {

    @Title(message = "{text.tooLong}", oneLine = "{text.oneLine}")
    private String organisationType = "";

    @Title(message = "{text.tooLong}", oneLine = "{text.oneLine}")
    private String organisationSize = "";

    @Title(message = "{text.tooLong}", oneLine = "{text.oneLine}")
    private String sector = "";

    @LongText
    private String whatTheyDid = "";

    @LongText
    private String outcome = "";

    @LongText
    private String results = "";

    @Title(message = "{text.tooLong}", oneLine = "{text.oneLine}")
    private String contact = "";

    static CaseFactsForm of(CaseFacts facts) {
        CaseFactsForm form = new CaseFactsForm();
        form.organisationType = facts.organisationType();
        form.organisationSize = facts.organisationSize();
        form.sector = facts.sector();
        form.whatTheyDid = facts.whatTheyDid();
        form.outcome = facts.outcome();
        form.results = facts.results();
        form.contact = facts.contact();
        return form;
    }

    CaseFacts toFacts() {
        return new CaseFacts(
                clean(organisationType),
                clean(organisationSize),
                clean(sector),
                clean(whatTheyDid),
                clean(outcome),
                clean(results),
                clean(contact));
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip();
    }

    public String getOrganisationType() {
        return organisationType;
    }

    public void setOrganisationType(String v) {
        organisationType = v;
    }

    public String getOrganisationSize() {
        return organisationSize;
    }

    public void setOrganisationSize(String v) {
        organisationSize = v;
    }

    public String getSector() {
        return sector;
    }

    public void setSector(String v) {
        sector = v;
    }

    public String getWhatTheyDid() {
        return whatTheyDid;
    }

    public void setWhatTheyDid(String v) {
        whatTheyDid = v;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String v) {
        outcome = v;
    }

    public String getResults() {
        return results;
    }

    public void setResults(String v) {
        results = v;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String v) {
        contact = v;
    }
}
