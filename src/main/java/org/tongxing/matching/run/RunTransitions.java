package org.tongxing.matching.run;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.tongxing.common.Timestamps;
import org.tongxing.matching.MatchingRun;
import org.tongxing.matching.RunStatus;

import io.quarkus.panache.common.Parameters;

/**
 * Every change of a run's status is a compare-and-set on the row: "from these states, to that one". Whoever
 * loses (the solver finishing a run the reaper already failed, a stop arriving after the end) changes nothing,
 * which is what keeps a dead run from leaving a partial result across instances.
 */
@ApplicationScoped
public class RunTransitions {

    private static final String BUMP = ", version = version + 1";

    /** The solver started: QUEUED → SOLVING, with the size of the problem it loaded. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean startSolving(long id, int requests, int volunteers, int pinned) {
        return MatchingRun.update(
                "status = :to, startedAt = :now, requestCount = :requests, volunteerCount = :volunteers, "
                        + "pinnedCount = :pinned" + BUMP + " where id = :id and status = :from",
                Parameters.with("to", RunStatus.SOLVING)
                        .and("now", Timestamps.now()).and("requests", requests).and("volunteers", volunteers)
                        .and("pinned", pinned)
                        .and("id", id).and("from", RunStatus.QUEUED)) == 1;
    }

    /** The solver ended: SOLVING → COMPLETED or STOPPED. Joins the transaction that writes the proposals. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean finish(long id, RunStatus outcome, String score, int proposals, int unmatched,
            boolean provenOptimal) {
        return MatchingRun.update("status = :to, endedAt = :now, bestScore = :score, proposalCount = :proposals, "
                + "unmatchedCount = :unmatched, provenOptimal = :proven" + BUMP + " where id = :id and status = :from",
                Parameters.with("to", outcome)
                        .and("now", Timestamps.now()).and("score", score).and("proposals", proposals)
                        .and("unmatched", unmatched).and("proven", provenOptimal)
                        .and("id", id).and("from", RunStatus.SOLVING)) == 1;
    }

    /** Something went wrong, or the instance is going away: any active state → FAILED. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean fail(long id, String message) {
        return MatchingRun.update("status = :to, endedAt = :now, errorMessage = :message" + BUMP
                + " where id = :id and status in :from",
                Parameters.with("to", RunStatus.FAILED).and("now", Timestamps.now())
                        .and("message", truncate(message)).and("id", id).and("from", RunStatus.ACTIVE)) == 1;
    }

    /** Stopped before the solver picked it up: QUEUED → STOPPED, with nothing to keep. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean stopQueued(long id) {
        Instant now = Timestamps.now();
        return MatchingRun.update("status = :to, endedAt = :now, stopRequestedAt = :now, proposalCount = 0" + BUMP
                + " where id = :id and status = :from",
                Parameters.with("to", RunStatus.STOPPED).and("now", now)
                        .and("id", id).and("from", RunStatus.QUEUED)) == 1;
    }

    /** Asks the solving instance (this one or another) to stop early and keep what it has. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean requestStop(long id) {
        return MatchingRun.update("stopRequestedAt = :now" + BUMP + " where id = :id and status in :from",
                Parameters.with("now", Timestamps.now()).and("id", id).and("from", RunStatus.ACTIVE)) == 1;
    }

    /** Renews this instance's lease on its active runs and records their latest best score. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void renew(String instanceId, Collection<Progress> runs) {
        Instant now = Timestamps.now();
        for (Progress run : runs) {
            String score = run.bestScore() == null ? "" : ", bestScore = :score";
            Parameters parameters = Parameters.with("now", now).and("id", run.id()).and("instance", instanceId)
                    .and("active", RunStatus.ACTIVE);
            MatchingRun.update(
                    "heartbeatAt = :now" + score + " where id = :id and instanceId = :instance and status in :active",
                    run.bestScore() == null ? parameters : parameters.and("score", run.bestScore()));
        }
    }

    /** Active runs whose instance stopped renewing their lease died with it: FAILED, so their district is free again. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> reapExpired(Duration lease) {
        Instant cutoff = Timestamps.now().minus(lease);
        List<Long> expired = MatchingRun
                .<MatchingRun>list("status in ?1 and heartbeatAt < ?2", RunStatus.ACTIVE, cutoff)
                .stream().map(run -> run.id).toList();
        List<Long> failed = new ArrayList<>();
        for (Long id : expired) {
            int updated = MatchingRun.update("status = :to, endedAt = :now, errorMessage = :message" + BUMP
                    + " where id = :id and status in :from and heartbeatAt < :cutoff",
                    Parameters.with("to", RunStatus.FAILED)
                            .and("now", Timestamps.now())
                            .and("message", "The instance solving this run stopped (lease expired)")
                            .and("id", id).and("from", RunStatus.ACTIVE).and("cutoff", cutoff));
            if (updated == 1) {
                failed.add(id);
            }
        }
        return failed;
    }

    /** Where a run stands in the database now, for the instance solving it and for remote watchers. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public MatchingRun read(long id) {
        return MatchingRun.findById(id);
    }

    /** @param bestScore null when the solver has not reported one yet */
    public record Progress(long id, String bestScore) {
    }

    private static String truncate(String message) {
        String text = message == null || message.isBlank() ? "Unknown error" : message;
        return text.length() <= 500 ? text : text.substring(0, 497) + "...";
    }
}
