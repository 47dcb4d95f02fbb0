package org.socialvaluehub.spend.rules;

import java.util.List;
import org.socialvaluehub.spend.core.SupplierNames;
import org.socialvaluehub.spend.imports.SummaryRepository;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The influenceable-spend rules; any change re-applies them to every buyer's summaries at once. */
@Service
class SpendRules {

    private final RuleRepository rules;
    private final SummaryRepository summaries;

    SpendRules(RuleRepository rules, SummaryRepository summaries) {
        this.rules = rules;
        this.summaries = summaries;
    }

    List<RuleRepository.Rule> all() {
        return rules.all();
    }

    boolean isValid(String kind, String value) {
        return !kind.equals("PATTERN") || rules.isPattern(value);
    }

    @Transactional
    void add(String kind, String value, String reason) {
        rules.add(kind, kind.equals("SUPPLIER") ? SupplierNames.key(value) : value.strip(), reason.strip());
        reapply();
    }

    @Transactional
    void setEnabled(long id, boolean enabled) {
        if (rules.setEnabled(id, enabled)) {
            reapply();
        }
    }

    /**
     * Rebuilds every buyer's summaries once after a migration changed the seeded rules, when the application starts.
     */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void reapplyRevisedRules() {
        if (rules.markRevisionApplied()) {
            reapply();
        }
    }

    private void reapply() {
        summaries.buyersWithSpend().forEach(summaries::refresh);
    }
}
