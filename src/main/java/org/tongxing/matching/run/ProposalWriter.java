package org.tongxing.matching.run;

import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.tongxing.matching.OpenProposals;
import org.tongxing.matching.RunKind;
import org.tongxing.matching.RunStatus;
import org.tongxing.matching.domain.MatchingPlan;

/** A run's one and only write of results: its outcome and every proposal, in one transaction. */
@ApplicationScoped
public class ProposalWriter {

    @Inject
    RunTransitions transitions;

    /**
     * @param scope the run's area: open proposals of its kind for households there are replaced by its own
     * @param provenOptimal whether a phase proved the plan optimal
     * @return how many proposals were written, or empty when the run was no longer solving (failed meanwhile)
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public OptionalInt write(long runId, RunKind kind, String scope, MatchingPlan plan, RunStatus outcome,
            boolean provenOptimal) {
        ProposalRows.Rows rows = ProposalRows.of(runId, kind, plan);
        String score = plan.getScore() == null ? null : plan.getScore().toString();
        if (!transitions.finish(runId, outcome, score, rows.proposals().size(), rows.unmatched(),
                provenOptimal)) {
            return OptionalInt.empty();
        }
        // The run planned its kind's needs and places afresh: what earlier runs proposed for them is replaced.
        OpenProposals.replace(kind, scope, runId);
        rows.proposals().forEach(proposal -> proposal.persist());
        return OptionalInt.of(rows.proposals().size());
    }
}
