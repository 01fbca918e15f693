package org.tongxing.matching.run;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.tongxing.common.LostRace;
import org.tongxing.common.Timestamps;
import org.tongxing.matching.MatchingRun;
import org.tongxing.matching.RunKind;
import org.tongxing.matching.RunStatus;

/** Records a new run as QUEUED; the partial unique index decides whether another one is active already. */
@ApplicationScoped
public class RunStarter {

    static final String ONE_ACTIVE = "matching_run_one_active_per_district";

    @Transactional
    public MatchingRun queue(RunKind kind, String areaCode, int timeLimitSeconds, long startedBy, String instanceId) {
        MatchingRun run = new MatchingRun();
        run.kind = kind;
        run.areaCode = areaCode;
        run.timeLimitSeconds = timeLimitSeconds;
        run.status = RunStatus.QUEUED;
        run.startedBy = startedBy;
        run.createdAt = Timestamps.now();
        run.instanceId = instanceId;
        run.heartbeatAt = run.createdAt;
        run.persist();
        try {
            MatchingRun.getEntityManager().flush();
        } catch (PersistenceException e) {
            if (LostRace.violated(e, ONE_ACTIVE)) {
                throw new RunAlreadyActive("A " + kind + " run is already active in district "
                        + areaCode.substring(0, 6) + "; wait for it to end or stop it");
            }
            throw e;
        }
        return run;
    }
}
