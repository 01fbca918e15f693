package org.tongxing.matching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.tongxing.account.UserAccount;
import org.tongxing.household.Household;
import org.tongxing.notification.NotificationKind;
import org.tongxing.notification.Notifier;
import org.tongxing.notification.Notifier.Message;
import org.tongxing.notification.Notifier.Words;
import org.tongxing.notification.Recipients;

/**
 * Tells a quiet pair's volunteer and the household's case workers, or a quiet group's volunteers and lead (and at
 * the second level its case workers too), that no contact was recorded for a while. Inbox and e-mail, through the
 * outbox, in the alerts job's transaction.
 */
@ApplicationScoped
public class QuietNotices {

    @Inject
    Notifier notifier;

    @Inject
    Recipients recipients;

    public void quietPair(Pairing p, int days, int level) {
        List<UserAccount> told = new ArrayList<>(MatchingNotices.volunteerAccounts(p.volunteerId));
        told.addAll(caseWorkers(p.householdId));
        notifier.send(distinct(told), message("结对 #%d".formatted(p.id), "pair #%d".formatted(p.id), days, level,
                p.needId));
    }

    public void quietGroup(SupportGroup g, int days, int level) {
        List<UserAccount> told = new ArrayList<>();
        g.activeMembers().forEach(m -> told.addAll(MatchingNotices.volunteerAccounts(m.volunteerId)));
        told.addAll(MatchingNotices.cadreAccounts(g.cadreId));
        if (level > 1) {
            told.addAll(caseWorkers(g.householdId));
        }
        notifier.send(distinct(told), message("帮扶小组 #%d".formatted(g.id), "1+3+1 group #%d".formatted(g.id), days,
                level, null));
    }

    private List<UserAccount> caseWorkers(long householdId) {
        return recipients.caseWorkersOf(Household.<Household>findById(householdId).areaCode);
    }

    private static List<UserAccount> distinct(List<UserAccount> accounts) {
        Map<Long, UserAccount> byId = new LinkedHashMap<>();
        accounts.forEach(a -> byId.putIfAbsent(a.id, a));
        return List.copyOf(byId.values());
    }

    private static Message message(String zh, String en, int days, int level, Long needId) {
        return new Message(NotificationKind.COMMITMENT_QUIET,
                new Words("%s已有%d天没有联系记录%s".formatted(zh, days, level > 1 ? "（第二次提醒）" : ""),
                        "%s已有%d天没有记录联系，超过了约定的联系节奏。请尽快联系家庭并记录。".formatted(zh, days)),
                new Words("No contact recorded for %s in %d days%s".formatted(en, days,
                        level > 1 ? " (second reminder)" : ""),
                        "%s has had no recorded contact for %d days, past its agreed rhythm. Please get in touch and"
                                .formatted(capitalised(en), days) + " record it."),
                needId, null);
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
