package org.socialvaluehub.opportunities;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the opportunity page shows beyond the opportunity: documents, answers, and the visitor's own part. */
@Component
class PageParts {

    private final Pipeline pipeline;
    private final Opportunities opportunities;
    private final Documents documents;
    private final Clarifications clarifications;
    private final PriorityChoices priorities;

    PageParts(
            Pipeline pipeline,
            Opportunities opportunities,
            Documents documents,
            Clarifications clarifications,
            PriorityChoices priorities) {
        this.pipeline = pipeline;
        this.opportunities = opportunities;
        this.documents = documents;
        this.clarifications = clarifications;
        this.priorities = priorities;
    }

    /** The opportunity if this person may see it: published, or a draft of a buyer they manage; else 404. */
    OpportunityDetails visible(long id, SignedInUser user) {
        return pipeline.details(id)
                .filter(o -> o.status().isPublic() || BuyerAccess.canManage(user, o.buyerId()))
                .orElseThrow(OpportunityPageController::notFound);
    }

    Opportunity opportunity(long id) {
        return opportunities.find(id).orElseThrow(OpportunityPageController::notFound);
    }

    Map<String, String> priorityNames(OpportunityDetails o) {
        Integer version = o.frameworkVersion() != null ? o.frameworkVersion() : priorities.prioritySetVersion();
        return version == null ? Map.of() : priorities.names(version);
    }

    void engagement(OpportunityDetails o, Optional<Long> supplier, Instant now, Model model) {
        model.addAttribute("documents", documents.of(o.id()));
        model.addAttribute("answers", clarifications.published(o.id()));
        model.addAttribute(
                "interested",
                supplier.map(s -> clarifications.interested(o.id(), s)).orElse(false));
        model.addAttribute(
                "myQuestions",
                supplier.map(s -> clarifications.askedBy(o.id(), s)).orElse(List.of()));
        model.addAttribute("canAsk", supplier.isPresent() && o.takesQuestions(now));
    }
}
