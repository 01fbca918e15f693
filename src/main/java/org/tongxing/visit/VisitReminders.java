package org.tongxing.visit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.tongxing.account.UserAccount;
import org.tongxing.common.ChinaTime;
import org.tongxing.common.Timestamps;
import org.tongxing.db.JobLock;
import org.tongxing.household.Tier;
import org.tongxing.notification.Notifier;
import org.tongxing.notification.Recipients;

import io.quarkus.scheduler.Scheduled;

/**
 * Once a day: each household that has become overdue is announced to its field workers, once per due date (a
 * visit or a tier change gives a new date, which may be announced again); and once a week each cadre gets a
 * digest of the overdue households and the quiet pairs and groups in their area. What was sent is recorded in the
 * same transaction as the notifications, so a rerun sends nothing twice, and one instance at a time runs (advisory lock).
 */
@ApplicationScoped
public class VisitReminders {

    private static final Logger LOG = Logger.getLogger(VisitReminders.class);

    public record Result(int reminders, int digests) {
    }

    @Inject
    DueVisits due;

    @Inject
    VisitConfig config;

    @Inject
    Notifier notifier;

    @Inject
    Recipients recipients;

    @Inject
    QuietCommitments quiet;

    @Inject
    EntityManager em;

    @Scheduled(cron = "{tongxing.visits.reminders-cron}", timeZone = "Asia/Shanghai",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        run(Timestamps.now());
    }

    @Transactional
    public Result run(Instant now) {
        if (!JobLock.tryTake(em, "tongxing-visit-reminders")) {
            return new Result(0, 0);
        }
        LocalDate today = now.atZone(ChinaTime.ZONE).toLocalDate();
        Result result = new Result(remindOverdue(now, today), digest(now, today));
        if (result.reminders() + result.digests() > 0) {
            LOG.infof("Visit reminders: %d overdue households announced, %d digests", result.reminders(),
                    result.digests());
        }
        return result;
    }

    /** Marks every newly overdue household as announced and tells the workers of its area. */
    private int remindOverdue(Instant now, LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> fresh = due.query("with due as (select d.id, d.area_code, d.due_on, d.days_late from "
                + DueVisits.TABLE
                + " d where d.due_on < cast(:today as date)), sent as (insert into visit_reminder (household_id, due_on, sent_at)"
                + " select id, due_on, :now from due on conflict do nothing returning household_id, due_on)"
                + " select due.id, due.area_code, due.due_on, due.days_late from sent join due on due.id = sent.household_id"
                + " order by due.id", today).setParameter("now", now).getResultList();
        Map<String, List<UserAccount>> workersByArea = new HashMap<>();
        for (Object[] row : fresh) {
            List<UserAccount> workers = workersByArea.computeIfAbsent((String) row[1], recipients::caseWorkersOf);
            notifier.send(workers, VisitNotices.overdue(((Number) row[0]).longValue(), DueVisits.date(row[2]),
                    ((Number) row[3]).intValue()));
        }
        return fresh.size();
    }

    /**
     * From the digest day on, once per week, each cadre with overdue households or quiet pairs and groups in their
     * area hears how many of each.
     */
    private int digest(Instant now, LocalDate today) {
        LocalDate weekOf = today.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        if (today.getDayOfWeek().getValue() < config.digestDay().getValue()) {
            return 0;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = due.query("select c.id, d.tier, count(*), max(d.days_late) from user_account c join "
                + DueVisits.TABLE + " d on d.area_code like c.area_code || '%' where c.role = 'CADRE' and c.enabled"
                + " and d.due_on < cast(:today as date) and not exists (select 1 from visit_digest g"
                + " where g.recipient_id = c.id and g.week_of = cast(:week as date)) group by c.id, d.tier order by c.id",
                today)
                .setParameter("week", weekOf).getResultList();
        Map<Long, Map<Tier, Long>> counts = new LinkedHashMap<>();
        Map<Long, Integer> worst = new HashMap<>();
        for (Object[] r : rows) {
            long cadre = ((Number) r[0]).longValue();
            counts.computeIfAbsent(cadre, c -> new EnumMap<>(Tier.class)).put(Tier.valueOf((String) r[1]),
                    ((Number) r[2]).longValue());
            worst.merge(cadre, ((Number) r[3]).intValue(), Math::max);
        }
        Map<Long, QuietCommitments.Counts> quietOnes = quiet.byCadre(weekOf);
        quietOnes.keySet().stream().sorted().forEach(cadre -> counts.putIfAbsent(cadre, new EnumMap<>(Tier.class)));
        int sent = 0;
        for (var entry : counts.entrySet()) {
            int inserted = em
                    .createNativeQuery("insert into visit_digest (recipient_id, week_of, sent_at) values (?1, ?2, ?3)"
                            + " on conflict do nothing")
                    .setParameter(1, entry.getKey()).setParameter(2, weekOf)
                    .setParameter(3, now).executeUpdate();
            if (inserted == 1) {
                notifier.send(List.of(UserAccount.<UserAccount>findById(entry.getKey())),
                        VisitNotices.digest(weekOf, entry.getValue(), worst.getOrDefault(entry.getKey(), 0),
                                quietOnes.getOrDefault(entry.getKey(), QuietCommitments.Counts.NONE)));
                sent++;
            }
        }
        return sent;
    }
}
