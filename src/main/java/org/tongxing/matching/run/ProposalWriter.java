package org.tongxing.matching.run;

import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.tongxing.matching.RunKind;
import org.tongxing.matching.RunStatus;
import org.tongxing.matching.domain.MatchingPlan;

/** A run's one and only write of results: its outcome and every proposal, in one transaction. */
@ApplicationScoped
public class ProposalWriter {

    @Inject
    RunTransitions transitions;

    /** @return how many proposals were written, or empty when the run was no longer solving (failed meanwhile) */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public OptionalInt write(long runId, RunKind kind, MatchingPlan plan, RunStatus outcome) {
        ProposalRows.Rows rows = ProposalRows.of(runId, kind, plan);
        String score = plan.getScore() == null ? null : plan.getScore().toString();
        if (!transitions.finish(runId, outcome, score, rows.proposals().size(), rows.unmatched())) {
            return OptionalInt.empty();
        }
        rows.proposals().forEach(proposal -> proposal.persist());
        return OptionalInt.of(rows.proposals().size());
    }
}
