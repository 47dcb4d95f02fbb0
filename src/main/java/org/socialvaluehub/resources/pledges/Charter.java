package org.socialvaluehub.resources.pledges;

import java.time.Clock;
import java.time.Year;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.socialvaluehub.organisations.Organisation;
import org.socialvaluehub.organisations.Organisations;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The charter: the pledges on offer, what each organisation pledges per year, and renewing them yearly. */
@Service
@NamedInterface("charter")
public class Charter {

    /** A pledge with the organisations that made it in a year. */
    public record Signatories(Pledge pledge, List<Signatory> organisations) {}

    /** An organisation that made a pledge, with its progress only when it chose to publish it. */
    public record Signatory(long organisationId, String name, Commitment published) {}

    private final PledgeRepository pledges;
    private final CommitmentRepository commitments;
    private final Organisations organisations;
    private final Clock clock;

    Charter(PledgeRepository pledges, CommitmentRepository commitments, Organisations organisations, Clock clock) {
        this.pledges = pledges;
        this.commitments = commitments;
        this.organisations = organisations;
        this.clock = clock;
    }

    public int currentYear() {
        return Year.now(clock).getValue();
    }

    public List<Pledge> pledges(boolean activeOnly) {
        return pledges.all(activeOnly);
    }

    public List<Commitment> commitments(long organisationId, int year) {
        return commitments.of(organisationId, year);
    }

    public List<Integer> years(long organisationId) {
        return commitments.years(organisationId);
    }

    public Optional<Commitment> commitment(long id) {
        return commitments.find(id);
    }

    @Transactional
    public void choose(long organisationId, int year, Collection<Long> pledgeIds) {
        commitments.choose(organisationId, year, pledgeIds);
    }

    @Transactional
    public void record(long commitmentId, String baseline, String progress, String evidence, boolean published) {
        commitments.record(commitmentId, baseline, progress, evidence, published);
    }

    /** Copies the organisation's pledges of the year before into this year; returns how many were copied. */
    @Transactional
    public int renew(long organisationId, int year) {
        return commitments.renew(organisationId, year - 1, year);
    }

    /** Who pledged what in a year, with only the progress each organisation chose to publish. */
    public List<Signatories> signatories(int year) {
        List<Commitment> all = commitments.inYear(year);
        Map<Long, Organisation> names =
                organisations
                        .findAll(all.stream()
                                .map(Commitment::organisationId)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(Organisation::id, Function.identity()));
        return pledges.all(false).stream()
                .map(p -> new Signatories(
                        p,
                        all.stream()
                                .filter(c -> c.pledgeId() == p.id() && names.containsKey(c.organisationId()))
                                .map(c -> new Signatory(
                                        c.organisationId(),
                                        names.get(c.organisationId()).name(),
                                        c.published() ? c : null))
                                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
                                .toList()))
                .filter(s -> !s.organisations().isEmpty())
                .toList();
    }

    public Optional<Organisation> organisation(long id) {
        return organisations.find(id);
    }
}
