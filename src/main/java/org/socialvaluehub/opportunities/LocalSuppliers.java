package org.socialvaluehub.opportunities;

import java.util.List;
import org.socialvaluehub.opportunities.core.LocalFit;
import org.socialvaluehub.organisations.CpvCatalogue;
import org.socialvaluehub.organisations.OrganisationFacts;
import org.socialvaluehub.organisations.OrganisationPeople;
import org.socialvaluehub.organisations.Organisations;
import org.springframework.stereotype.Service;

/** Who in the directory could deliver an opportunity locally, ranked by fit, and inviting them to look. */
@Service
class LocalSuppliers {

    private final Organisations organisations;
    private final OrganisationFacts facts;
    private final OrganisationPeople people;
    private final OpportunityMail mail;

    LocalSuppliers(
            Organisations organisations, OrganisationFacts facts, OrganisationPeople people, OpportunityMail mail) {
        this.organisations = organisations;
        this.facts = facts;
        this.people = people;
        this.mail = mail;
    }

    public List<LocalFit.Fit> candidates(OpportunityDetails o) {
        List<String> divisions =
                o.cpvCodes().stream().map(c -> c.substring(0, 2)).distinct().toList();
        List<LocalFit.Candidate> candidates =
                organisations.findAll(facts.suppliersInCpvDivisionsOrGroups(divisions)).stream()
                        .map(org -> new LocalFit.Candidate(
                                org.id(),
                                org.name(),
                                facts.cpvCodes(org.id()).stream()
                                        .map(CpvCatalogue.Entry::digits)
                                        .toList(),
                                facts.locality(org.id()).name(),
                                facts.verifiedCredentials(org.id()).size(),
                                org.sizeBand().isSme(),
                                org.legalForm().isVcse()))
                        .toList();
        return LocalFit.rank(new LocalFit.Target(o.cpvCodes(), o.suitableSme(), o.suitableVcse()), candidates);
    }

    /** E-mails the supplier's admins the opportunity; returns how many were written to. */
    public int invite(OpportunityDetails o, long supplierId, String buyerName) {
        List<String> emails = people.adminEmails(supplierId);
        emails.forEach(email -> mail.send(
                email,
                "opp.mail.invite.subject",
                "opp.mail.invite.body",
                o.title(),
                buyerName,
                mail.link("/opportunities/" + o.id())));
        return emails.size();
    }
}
