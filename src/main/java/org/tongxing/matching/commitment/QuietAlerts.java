package org.tongxing.matching.commitment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.tongxing.common.ChinaTime;
import org.tongxing.common.Timestamps;
import org.tongxing.db.JobLock;
import org.tongxing.matching.Answer;
import org.tongxing.matching.CommitmentStatus;
import org.tongxing.matching.EndKind;
import org.tongxing.matching.GroupMember;
import org.tongxing.matching.MatchingConfig;
import org.tongxing.matching.MatchingEvent;
import org.tongxing.matching.Pairing;
import org.tongxing.matching.QuietNotices;
import org.tongxing.matching.SupportGroup;
import org.tongxing.need.Need;

import io.quarkus.scheduler.Scheduled;

/**
 * Once a day: a trial the volunteer left unanswered past its deadline returns to the cadre (the pair ends or the
 * seat is left, nobody is banned), and every active pair or group whose last contact (or its start) lies further
 * back than its rhythm plus a grace is announced as quiet, once per level (first and second grace), to its
 * volunteers and lead (for a pair, the household's case workers). The level is recorded in the same transaction as
 * the notifications, so a rerun sends nothing twice; a contact resets it. One instance at a time (advisory lock).
 */
@ApplicationScoped
public class QuietAlerts {

    private static final Logger LOG = Logger.getLogger(QuietAlerts.class);

    public record Result(int unanswered, int quiet) {
    }

    @Inject
    MatchingConfig config;

    @Inject
    EntityManager em;

    @Inject
    Event<MatchingEvent> events;

    @Inject
    QuietNotices notices;

    @Scheduled(cron = "{tongxing.matching.commitments.alerts-cron}", timeZone = "Asia/Shanghai",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        run(Timestamps.now());
    }

    @Transactional
    public Result run(Instant now) {
        if (!JobLock.tryTake(em, "tongxing-commitment-alerts")) {
            return new Result(0, 0);
        }
        LocalDate today = now.atZone(ChinaTime.ZONE).toLocalDate();
        Result result = new Result(unansweredPairs(now) + unansweredSeats(now), quietPairs(today) + quietGroups(today));
        if (result.unanswered() + result.quiet() > 0) {
            LOG.infof("Commitment alerts: %d unanswered trials returned, %d quiet alerts", result.unanswered(),
                    result.quiet());
        }
        return result;
    }

    private int unansweredPairs(Instant now) {
        List<Pairing> late = Pairing.list("status = ?1 and volunteerAnswer = ?2 and volunteerAnswerDue < ?3",
                CommitmentStatus.ACTIVE, Answer.PENDING, now);
        for (Pairing p : late) {
            p.status = CommitmentStatus.ENDED;
            p.endedAt = now;
            p.updatedAt = now;
            p.endKind = EndKind.NO_ANSWER;
            p.endReason = NO_ANSWER;
            Need need = Need.findById(p.needId);
            NeedsServed.settle(need, false, now);
            events.fire(new MatchingEvent.PairingEnded(p, MatchingEvent.Cause.VOLUNTEER, need.status));
        }
        return late.size();
    }

    private int unansweredSeats(Instant now) {
        List<GroupMember> late = GroupMember.list("leftAt is null and answer = ?1 and answerDue < ?2"
                + " and group.status = ?3", Answer.PENDING, now, CommitmentStatus.ACTIVE);
        for (GroupMember m : late) {
            m.leftAt = now;
            m.leftReason = NO_ANSWER;
            m.group.updatedAt = now;
            events.fire(new MatchingEvent.SeatLeft(m.group, m, NO_ANSWER, MatchingEvent.Cause.VOLUNTEER));
        }
        return late.size();
    }

    private static final String NO_ANSWER = "志愿者未在期限内确认试结对 / the volunteer did not answer the trial in time";

    private int quietPairs(LocalDate today) {
        int sent = 0;
        for (Pairing p : Pairing.<Pairing>list("status = ?1 and quietLevel < 2", CommitmentStatus.ACTIVE)) {
            LocalDate since = p.lastContactOn != null ? p.lastContactOn : p.since.atZone(ChinaTime.ZONE).toLocalDate();
            int level = level(since, p.rhythm.days, today);
            if (level > p.quietLevel) {
                p.quietLevel = (short) level;
                notices.quietPair(p, quietDays(since, today), level);
                sent++;
            }
        }
        return sent;
    }

    private int quietGroups(LocalDate today) {
        int sent = 0;
        for (SupportGroup g : SupportGroup.<SupportGroup>list("status = ?1 and quietLevel < 2",
                CommitmentStatus.ACTIVE)) {
            LocalDate since = g.lastContactOn != null ? g.lastContactOn
                    : g.formedAt.atZone(ChinaTime.ZONE).toLocalDate();
            int level = level(since, config.commitments().groupRhythmDays(), today);
            if (level > g.quietLevel) {
                g.quietLevel = (short) level;
                notices.quietGroup(g, quietDays(since, today), level);
                sent++;
            }
        }
        return sent;
    }

    /** 0 within the rhythm plus the first grace, 1 past it, 2 past the rhythm plus the second grace. */
    int level(LocalDate since, int rhythmDays, LocalDate today) {
        long late = quietDays(since, today) - rhythmDays;
        if (late > config.commitments().secondGraceDays()) {
            return 2;
        }
        return late > config.commitments().firstGraceDays() ? 1 : 0;
    }

    private static int quietDays(LocalDate since, LocalDate today) {
        return (int) ChronoUnit.DAYS.between(since, today);
    }
}
