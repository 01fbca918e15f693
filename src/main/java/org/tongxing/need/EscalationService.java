package org.tongxing.need;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.tongxing.common.ConcurrentUpdate;
import org.tongxing.common.InvalidInput;
import org.tongxing.common.InvalidState;
import org.tongxing.common.NotFound;
import org.tongxing.common.Timestamps;
import org.tongxing.db.JobLock;
import org.tongxing.household.Household;
import org.tongxing.privacy.AccessPolicy;

import io.quarkus.scheduler.Scheduled;

/**
 * The escalation ladder COMMUNITY → STREET → DISTRICT → PUBLIC: a worker or cadre moves an open need one
 * level up with a reason, and needs left unclaimed too long at a level move up on their own.
 */
@ApplicationScoped
public class EscalationService {

    private static final Logger LOG = Logger.getLogger(EscalationService.class);

    @Inject
    AccessPolicy access;

    @Inject
    Event<NeedEvent> events;

    @Inject
    NeedViews views;

    @Inject
    EscalationConfig config;

    @Inject
    EntityManager em;

    @Transactional
    public NeedView escalate(long id, EscalationRequest request) {
        Need need = Need.<Need>findByIdOptional(id).orElseThrow(() -> new NotFound("need", id));
        Household household = need.household;
        if (!access.canRead(household)) {
            throw new NotFound("need", id);
        }
        access.requireHouseholdEdit(household);
        if (need.version != request.version()) {
            throw new ConcurrentUpdate("need", id);
        }
        if (need.status != NeedStatus.OPEN) {
            throw new InvalidState("Only an open need can be escalated; it is " + need.status);
        }
        if (need.visibility == Visibility.PUBLIC) {
            throw new InvalidState("The need is already open to the public");
        }
        Visibility to = request.to() == null ? next(need.visibility) : request.to();
        if (to.compareTo(need.visibility) <= 0) {
            throw new InvalidInput("The need is already at " + need.visibility + " level", "to",
                    "must be a level above " + need.visibility);
        }
        raise(need, request.reason().strip(), to);
        em.flush();
        return views.caseWorker(need, household);
    }

    @Scheduled(every = "{tongxing.escalation.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        if (config.auto()) {
            escalateOverdue();
        }
    }

    /**
     * Moves every overdue open need one level up; returns how many moved. Idempotent (a moved need starts a
     * new wait), and only one instance at a time does it: the others find the lock taken and skip.
     */
    @Transactional
    public int escalateOverdue() {
        if (!JobLock.tryTake(em, "tongxing-escalation")) {
            return 0;
        }
        Instant now = Timestamps.now();
        int moved = 0;
        for (Urgency urgency : Urgency.values()) {
            Instant before = now.minus(Duration.ofDays(config.days(urgency)));
            List<Need> overdue = Need.list("status = ?1 and visibility <> ?2 and urgency = ?3 and escalatedAt < ?4",
                    NeedStatus.OPEN, Visibility.PUBLIC, urgency, before);
            for (Need need : overdue) {
                raise(need, "unclaimed for " + config.days(urgency) + " days at " + need.visibility + " level",
                        next(need.visibility));
                moved++;
            }
        }
        if (moved > 0) {
            LOG.infof("Escalated %d overdue needs", moved);
        }
        return moved;
    }

    private static Visibility next(Visibility level) {
        return Visibility.values()[level.ordinal() + 1];
    }

    private void raise(Need need, String reason, Visibility to) {
        Visibility from = need.visibility;
        need.visibility = to;
        need.escalatedAt = Timestamps.now();
        need.updatedAt = need.escalatedAt;
        events.fire(new NeedEvent.Escalated(need, from, reason));
    }
}
