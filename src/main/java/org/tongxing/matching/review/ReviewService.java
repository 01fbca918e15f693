package org.tongxing.matching.review;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.tongxing.common.DomainException;
import org.tongxing.common.InvalidState;
import org.tongxing.common.NotFound;
import org.tongxing.common.Timestamps;
import org.tongxing.matching.ConflictSource;
import org.tongxing.matching.MatchingConflict;
import org.tongxing.matching.MatchingEvent;
import org.tongxing.matching.MatchingProposal;
import org.tongxing.matching.ProposalStatus;
import org.tongxing.matching.RunKind;
import org.tongxing.matching.run.MatchingRunService;
import org.tongxing.privacy.AccessPolicy;

/**
 * A cadre's review of a run's proposals. Accepting is one transaction per proposal, so that "accept all"
 * applies whatever still fits and reports the rest; rejecting records a conflict for later runs.
 */
@ApplicationScoped
public class ReviewService {

    @Inject
    Event<MatchingEvent> events;

    @Inject
    AccessPolicy access;

    @Inject
    MatchingRunService runs;

    @Inject
    ProposalAcceptance acceptance;

    @Inject
    ProposalViews views;

    public List<ProposalView> proposals(long runId, ProposalStatus status) {
        runs.requireVisible(runId);
        List<MatchingProposal> found = status == null
                ? MatchingProposal.list("runId = ?1 order by id", runId)
                : MatchingProposal.list("runId = ?1 and status = ?2 order by id", runId, status);
        return views.of(found);
    }

    public ProposalView get(long proposalId) {
        requireVisible(proposalId);
        return views.of(List.of(MatchingProposal.findById(proposalId))).get(0);
    }

    /** Accepts one proposal; 409 proposal-outdated (and the proposal FAILED) when it no longer fits. */
    public ProposalView accept(long proposalId) {
        requireVisible(proposalId);
        long user = access.viewer().userId();
        try {
            acceptance.accept(proposalId, user);
        } catch (ProposalOutdated e) {
            acceptance.fail(proposalId, user, e.getMessage());
            throw e;
        }
        return get(proposalId);
    }

    public AcceptAllOutcome acceptAll(long runId) {
        runs.requireVisible(runId);
        long user = access.viewer().userId();
        int accepted = 0;
        List<AcceptAllOutcome.Refused> failed = new ArrayList<>();
        // Ids only: each proposal is read and changed by its own transaction, not this request's session.
        List<Long> open = MatchingProposal.getEntityManager().createQuery("select p.id from MatchingProposal p "
                + "where p.runId = ?1 and p.status = ?2 order by p.id", Long.class).setParameter(1, runId)
                .setParameter(2, ProposalStatus.PROPOSED).getResultList();
        for (Long id : open) {
            try {
                acceptance.accept(id, user);
                accepted++;
            } catch (DomainException e) {
                if (e instanceof ProposalOutdated) {
                    acceptance.fail(id, user, e.getMessage());
                }
                failed.add(new AcceptAllOutcome.Refused(id, e));
            }
        }
        return new AcceptAllOutcome(accepted, failed);
    }

    /** Turns the proposal down; none of its volunteers will be proposed to this family again. */
    @Transactional
    public ProposalView reject(long proposalId, Rejection rejection) {
        requireVisible(proposalId);
        MatchingProposal p = MatchingProposal.findById(proposalId);
        if (p.status != ProposalStatus.PROPOSED) {
            throw new InvalidState("The proposal is already " + p.status);
        }
        p.status = ProposalStatus.REJECTED;
        p.rejectReason = rejection.reason().strip();
        p.decidedBy = access.viewer().userId();
        p.decidedAt = Timestamps.now();
        List<Long> volunteers = p.kind == RunKind.PAIRS ? List.of(p.volunteerId)
                : p.members.stream().map(m -> m.volunteerId).toList();
        volunteers.forEach(v -> recordConflict(v, p));
        events.fire(new MatchingEvent.MatchRejected(p, volunteers));
        MatchingProposal.getEntityManager().flush();
        return views.of(List.of(p)).get(0);
    }

    private void recordConflict(long volunteerId, MatchingProposal p) {
        if (MatchingConflict.count("volunteerId = ?1 and householdId = ?2", volunteerId, p.householdId) > 0) {
            return;
        }
        MatchingConflict conflict = new MatchingConflict();
        conflict.volunteerId = volunteerId;
        conflict.householdId = p.householdId;
        conflict.reason = p.rejectReason;
        conflict.source = ConflictSource.REJECTED_PROPOSAL;
        conflict.proposalId = p.id;
        conflict.createdBy = p.decidedBy;
        conflict.createdAt = p.decidedAt;
        conflict.persist();
    }

    /**
     * 404 unless the viewer may see the proposal's run. Reads the run id only, so that no copy of the proposal
     * in this request's session goes stale when an acceptance transaction changes it.
     */
    private void requireVisible(long proposalId) {
        List<Long> run = MatchingProposal.getEntityManager().createQuery("select p.runId from MatchingProposal p "
                + "where p.id = ?1", Long.class).setParameter(1, proposalId).getResultList();
        try {
            runs.requireVisible(run.isEmpty() ? -1 : run.get(0));
        } catch (NotFound e) {
            throw new NotFound("proposal", proposalId);
        }
    }
}
