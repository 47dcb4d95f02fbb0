package org.socialvaluehub.spend.suppliers;

import java.util.List;
import org.socialvaluehub.organisations.OrganisationsMerged;
import org.socialvaluehub.spend.imports.SpendLineRepository;
import org.socialvaluehub.spend.imports.SummaryRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Moves a merged organisation's spend to the surviving organisation: supplier names matched to it, and, for a buyer,
 * uploads, imports and lines, its remembered column mapping (unless the survivor has one) and rebuilt summaries. A
 * payment both buyers imported (the same fingerprint) is kept once, as the survivor's, so lines stay unique per buyer.
 */
@Component
class SpendMerges {

    private static final List<String> MOVES = List.of(
            "update spend_supplier_name set organisation_id = :survivor where organisation_id = :merged",
            """
            delete from spend_line m where m.buyer_id = :merged and exists (
                select 1 from spend_line s where s.buyer_id = :survivor and s.fingerprint = m.fingerprint)""",
            "update spend_line set buyer_id = :survivor where buyer_id = :merged",
            "update spend_import set buyer_id = :survivor where buyer_id = :merged",
            "update spend_upload set buyer_id = :survivor where buyer_id = :merged",
            """
            insert into spend_buyer_mapping (buyer_id, mapping, updated_at)
            select :survivor, mapping, updated_at from spend_buyer_mapping where buyer_id = :merged
            on conflict (buyer_id) do nothing""",
            "delete from spend_buyer_mapping where buyer_id = :merged",
            """
            insert into spend_heading_mapping (buyer_id, heading_set, mapping, updated_at)
            select :survivor, heading_set, mapping, updated_at from spend_heading_mapping where buyer_id = :merged
            on conflict (buyer_id, heading_set) do nothing""",
            "delete from spend_heading_mapping where buyer_id = :merged",
            "delete from spend_month_supplier where buyer_id = :merged",
            "delete from spend_month_category where buyer_id = :merged",
            "delete from spend_year_supplier_category where buyer_id = :merged",
            "delete from spend_summary_state where buyer_id = :merged");

    private final JdbcClient jdbc;
    private final SummaryRepository summaries;

    SpendMerges(JdbcClient jdbc, SummaryRepository summaries) {
        this.jdbc = jdbc;
        this.summaries = summaries;
    }

    @ApplicationModuleListener
    void on(OrganisationsMerged merged) {
        // Both buyers' lines change: take their import locks in a fixed order, so two merges cannot wait on each other.
        SpendLineRepository.lockBuyer(jdbc, Math.min(merged.survivorId(), merged.mergedId()));
        SpendLineRepository.lockBuyer(jdbc, Math.max(merged.survivorId(), merged.mergedId()));
        boolean mergedBuyerHadSpend = jdbc.sql("select exists (select 1 from spend_import where buyer_id = :merged)")
                .params(merged.ids())
                .query(Boolean.class)
                .single();
        MOVES.forEach(statement -> jdbc.sql(statement).params(merged.ids()).update());
        if (mergedBuyerHadSpend) {
            summaries.refresh(merged.survivorId());
        }
    }
}
