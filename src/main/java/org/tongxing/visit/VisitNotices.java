package org.tongxing.visit;

import java.time.LocalDate;
import java.util.Map;

import org.tongxing.household.Tier;
import org.tongxing.notification.NotificationKind;
import org.tongxing.notification.Notifier.Message;

/**
 * The wording of visit reminders, Chinese first with English below. They name households by file number only:
 * an e-mail can travel further than the platform.
 */
final class VisitNotices {

    private VisitNotices() {
    }

    static Message overdue(long householdId, LocalDate dueOn, int daysLate) {
        return new Message(NotificationKind.VISIT_OVERDUE, "家庭档案 #%d 的走访已逾期".formatted(householdId),
                "家庭档案 #%d 应于 %s 前走访，现已逾期 %d 天。请尽快上门并扫码记录。".formatted(householdId, dueOn, daysLate)
                        + "\n\nThe visit to household #%d was due by %s and is %d days overdue. Please visit and check in soon."
                                .formatted(householdId, dueOn, daysLate),
                null, null);
    }

    static Message digest(LocalDate weekOf, Map<Tier, Long> overdue, int worstDaysLate) {
        long total = overdue.values().stream().mapToLong(Long::longValue).sum();
        long intensive = overdue.getOrDefault(Tier.INTENSIVE, 0L);
        long regular = overdue.getOrDefault(Tier.REGULAR, 0L);
        long stable = overdue.getOrDefault(Tier.STABLE, 0L);
        return new Message(NotificationKind.VISITS_DIGEST, "走访周报（%s 起）：%d 户逾期未走访".formatted(weekOf, total),
                "您负责的区域内有 %d 户家庭逾期未走访：重点关注 %d 户，一般关注 %d 户，常规关注 %d 户；最长逾期 %d 天。请登录平台查看“待走访”列表。"
                        .formatted(total, intensive, regular, stable, worstDaysLate)
                        + "\n\n%d households in your area are overdue a visit (intensive %d, regular %d, stable %d); the longest by %d days."
                                .formatted(total, intensive, regular, stable, worstDaysLate),
                null, null);
    }
}
