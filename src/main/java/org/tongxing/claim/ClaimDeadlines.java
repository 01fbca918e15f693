package org.tongxing.claim;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.tongxing.common.ChinaTime;
import org.tongxing.common.Timestamps;
import org.tongxing.db.JobLock;
import org.tongxing.household.Household;
import org.tongxing.need.Need;
import org.tongxing.notification.Notifier;
import org.tongxing.notification.Recipients;

import io.quarkus.scheduler.Scheduled;

/**
 * Claims must not sit forever: one not accepted within the configured days, or accepted but with no service
 * logged by its promised date plus the grace period, expires and the need opens again. A day before, the
 * people who can still act are reminded. One instance at a time does this (advisory lock); it is idempotent.
 */
@ApplicationScoped
public class ClaimDeadlines {

    private static final Logger LOG = Logger.getLogger(ClaimDeadlines.class);

    @Inject
    ClaimConfig config;

    @Inject
    Notifier notifier;

    @Inject
    Recipients recipients;

    @Inject
    Claimants claimants;

    @Inject
    EntityManager em;

    @Inject
    Event<ClaimEvent> events;

    @Scheduled(every = "{tongxing.claims.deadlines-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        run(Timestamps.now());
    }

    /** Expires and reminds as of the given moment; returns how many claims expired. */
    @Transactional
    public int run(Instant now) {
        if (!JobLock.tryTake(em, "tongxing-claim-deadlines")) {
            return 0;
        }
        LocalDate today = now.atZone(ChinaTime.ZONE).toLocalDate();
        Instant acceptBy = now.minus(config.acceptWithinDays(), ChronoUnit.DAYS);
        LocalDate deliverBy = today.minusDays(config.deliveryGraceDays());
        int expired = 0;
        for (Claim claim : Claim.<Claim>list("status = ?1 and createdAt < ?2", ClaimStatus.PENDING, acceptBy)) {
            expire(claim, ExpiryReasons.notAccepted(config.acceptWithinDays()));
            expired++;
        }
        for (Claim claim : Claim.<Claim>list("status = ?1 and promisedBy < ?2", ClaimStatus.ACCEPTED, deliverBy)) {
            expire(claim, ExpiryReasons.notDelivered(config.deliveryGraceDays()));
            expired++;
        }
        remind(now, today);
        if (expired > 0) {
            LOG.infof("Expired %d claims", expired);
        }
        return expired;
    }

    private void expire(Claim claim, String reason) {
        Need need = claim.need;
        ClaimTransitions.end(claim, ClaimStatus.EXPIRED, reason);
        claim.updatedAt = claim.endedAt;
        ClaimTransitions.reopen(need);
        need.updatedAt = claim.endedAt;
        events.fire(new ClaimEvent.Expired(claim, need, need.household, reason));
    }

    /** Once per claim: the workers for a claim awaiting acceptance, the claimant for one awaiting service. */
    private void remind(Instant now, LocalDate today) {
        Instant pendingSince = now.minus(config.acceptWithinDays() - config.remindDaysBefore(), ChronoUnit.DAYS);
        for (Claim claim : Claim.<Claim>list("status = ?1 and createdAt < ?2 and remindedAt is null",
                ClaimStatus.PENDING, pendingSince)) {
            Need need = claim.need;
            Household household = need.household;
            notifier.send(recipients.caseWorkersOf(household.areaCode), ClaimNotices.expiringSoon(need, claim,
                    "需求 #%d 的认领尚未审核，将于一天后过期。".formatted(need.id),
                    "The claim on need #%d awaits review and will expire in a day.".formatted(need.id)));
            claim.remindedAt = now;
        }
        LocalDate dueSoon = today.minusDays(config.deliveryGraceDays() - config.remindDaysBefore());
        for (Claim claim : Claim.<Claim>list("status = ?1 and promisedBy < ?2 and remindedAt is null",
                ClaimStatus.ACCEPTED, dueSoon)) {
            Need need = claim.need;
            notifier.send(claimants.accountsOf(claim), ClaimNotices.expiringSoon(need, claim,
                    "您认领的需求 #%d 尚未记录服务，将于一天后过期。".formatted(need.id),
                    "No service is logged yet for need #%d, which you claimed; the claim expires in a day."
                            .formatted(need.id)));
            claim.remindedAt = now;
        }
    }
}
