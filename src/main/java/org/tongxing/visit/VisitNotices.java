package org.tongxing.visit;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.tongxing.common.ReaderDates;
import org.tongxing.household.Tier;
import org.tongxing.notification.NotificationKind;
import org.tongxing.notification.Notifier.Message;
import org.tongxing.notification.Notifier.Words;

/**
 * The wording of visit reminders; each recipient reads them in their account's language. They name households by
 * file number only: an e-mail can travel further than the platform.
 */
final class VisitNotices {

    private VisitNotices() {
    }

    static Message overdue(long householdId, LocalDate dueOn, int daysLate) {
        return new Message(NotificationKind.VISIT_OVERDUE,
                new Words("家庭档案 #%d 的走访已逾期".formatted(householdId),
                        "家庭档案 #%d 应于 %s 前走访，现已逾期 %d 天。请尽快上门并扫码记录。".formatted(householdId,
                                ReaderDates.format(dueOn, Locale.CHINESE), daysLate)),
                new Words("The visit to household #%d is overdue".formatted(householdId),
                        "The visit to household #%d was due by %s and is %d %s overdue. Please visit and check in soon."
                                .formatted(householdId, ReaderDates.format(dueOn, Locale.ENGLISH), daysLate,
                                        daysLate == 1 ? "day" : "days")),
                null, null);
    }

    /** The page where a cadre finds the quiet commitments, quiet ones first. */
    static final String COMMITMENTS_PAGE = "/cadre/commitments";

    static Message digest(LocalDate weekOf, Map<Tier, Long> overdue, int worstDaysLate, QuietCommitments.Counts quiet) {
        long total = overdue.values().stream().mapToLong(Long::longValue).sum();
        long intensive = overdue.getOrDefault(Tier.INTENSIVE, 0L);
        long regular = overdue.getOrDefault(Tier.REGULAR, 0L);
        long stable = overdue.getOrDefault(Tier.STABLE, 0L);
        return new Message(NotificationKind.VISITS_DIGEST,
                new Words("走访周报（%s 起）：%d 户逾期未走访，%d 个结对或小组沉寂".formatted(
                        ReaderDates.format(weekOf, Locale.CHINESE), total, quiet.total()),
                        (total == 0 ? "您负责的区域内没有逾期未走访的家庭。"
                                : "您负责的区域内有 %d 户家庭逾期未走访：重点关注 %d 户，一般关注 %d 户，稳定关注 %d 户；最长逾期 %d 天。请登录平台查看“待走访”列表。"
                                        .formatted(total, intensive, regular, stable, worstDaysLate))
                                + quietChinese(quiet)),
                new Words("Visits this week (from %s): %d overdue, %d quiet pairs or groups".formatted(
                        ReaderDates.format(weekOf, Locale.ENGLISH), total, quiet.total()),
                        (total == 0 ? "No household in your area is overdue a visit."
                                : "%d %s in your area %s overdue a visit (intensive %d, regular %d, stable %d); the longest by %d %s."
                                        .formatted(total, total == 1 ? "household" : "households",
                                                total == 1 ? "is" : "are", intensive, regular, stable, worstDaysLate,
                                                worstDaysLate == 1 ? "day" : "days"))
                                + quietEnglish(quiet)),
                null, null);
    }

    private static String quietChinese(QuietCommitments.Counts quiet) {
        return quiet.total() == 0 ? ""
                : "\n另有 %d 个结对或 1+3+1 小组长时间没有联系记录：已第一次提醒 %d 个，已第二次提醒 %d 个。请查看 %s（沉寂的排在最前）。"
                        .formatted(quiet.total(), quiet.first(), quiet.second(), COMMITMENTS_PAGE);
    }

    private static String quietEnglish(QuietCommitments.Counts quiet) {
        return quiet.total() == 0 ? ""
                : "\n%d %s in your area recorded no contact for too long: %d past the first reminder, %d past the second. See %s (quiet ones first)."
                        .formatted(quiet.total(), quiet.total() == 1 ? "pair or group" : "pairs or groups",
                                quiet.first(), quiet.second(), COMMITMENTS_PAGE);
    }
}
