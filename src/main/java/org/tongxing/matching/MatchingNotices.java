package org.tongxing.matching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.tongxing.account.UserAccount;
import org.tongxing.household.Household;
import org.tongxing.need.Need;
import org.tongxing.need.NeedMessages;
import org.tongxing.notification.NotificationKind;
import org.tongxing.notification.Notifier;
import org.tongxing.notification.Notifier.Message;
import org.tongxing.notification.Notifier.Words;
import org.tongxing.notification.Recipients;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * Tells the people concerned of what happened to pairs and groups, in the change's transaction: the volunteer of
 * a pair started or ended, the volunteers and the lead of a group formed, joined or ended; the household's workers
 * (and the group's lead) when a volunteer steps back. Each recipient reads it in their account's language; like claim
 * notices it names the need by number and category and never the family: an e-mail can travel further than the
 * platform.
 */
@ApplicationScoped
public class MatchingNotices {

    @Inject
    Notifier notifier;

    @Inject
    Recipients recipients;

    void onPairingStarted(@Observes MatchingEvent.PairingStarted started) {
        notifier.send(volunteerAccounts(started.pairing().volunteerId), paired(started.need()));
    }

    void onGroupJoined(@Observes MatchingEvent.GroupJoined joined) {
        for (long volunteerId : joined.volunteerIds()) {
            notifier.send(volunteerAccounts(volunteerId), joinedGroup(joined.group()));
        }
        if (joined.formed()) {
            notifier.send(cadreAccounts(joined.group().cadreId), leadsGroup(joined.group()));
        }
    }

    /** The new lead takes the group over; the previous one hears they no longer lead it. */
    void onLeadChanged(@Observes MatchingEvent.LeadChanged changed) {
        notifier.send(cadreAccounts(changed.group().cadreId), leadsGroup(changed.group()));
        if (changed.previousCadreId() != null) {
            notifier.send(cadreAccounts(changed.previousCadreId()), leadHandedOn(changed.group()));
        }
    }

    void onPairingEnded(@Observes MatchingEvent.PairingEnded ended) {
        Pairing pairing = ended.pairing();
        if (ended.cause() == MatchingEvent.Cause.VOLUNTEER) {
            notifier.send(caseWorkersOf(pairing.householdId), volunteerEndedPairing(pairing));
        } else {
            notifier.send(volunteerAccounts(pairing.volunteerId), pairingEnded(pairing));
        }
    }

    void onSeatLeft(@Observes MatchingEvent.SeatLeft left) {
        if (left.cause() == MatchingEvent.Cause.VOLUNTEER) {
            notifier.send(staffOf(left.group()), volunteerLeftGroup(left.group(), left.reason()));
        } else {
            notifier.send(volunteerAccounts(left.seat().volunteerId), leftGroup(left.group(), left.reason()));
        }
    }

    void onGroupEnded(@Observes MatchingEvent.GroupEnded ended) {
        List<UserAccount> told = new ArrayList<>(cadreAccounts(ended.group().cadreId));
        ended.volunteerIds().forEach(v -> told.addAll(volunteerAccounts(v)));
        notifier.send(told, groupEnded(ended.group()));
    }

    /**
     * The case workers hear when a volunteer confirmed a trial (they arrange the introduction), and of a follow-up
     * a contact asks for; the volunteers when their pair or group became formal.
     */
    void onCommitmentStep(@Observes MatchingEvent.CommitmentStep step) {
        switch (step.kind()) {
            case COMMITMENT_CONFIRMED ->
                notifier.send(caseWorkersOf(step.householdId()), CommitmentMessages.confirmed(step));
            case COMMITMENT_FORMAL -> notifier.send(volunteersOf(step), CommitmentMessages.formal(step));
            case COMMITMENT_CONTACT -> {
                if (step.followUp() != null) {
                    notifier.send(caseWorkersOf(step.householdId()), CommitmentMessages.followUp(step));
                }
            }
            default -> {
            }
        }
    }

    private static List<UserAccount> volunteersOf(MatchingEvent.CommitmentStep step) {
        if (step.of() == MatchingEvent.Of.PAIRING) {
            return volunteerAccounts(Pairing.<Pairing>findById(step.commitmentId()).volunteerId);
        }
        List<UserAccount> told = new ArrayList<>();
        SupportGroup.<SupportGroup>findById(step.commitmentId()).activeMembers()
                .forEach(m -> told.addAll(volunteerAccounts(m.volunteerId)));
        return told;
    }

    private List<UserAccount> caseWorkersOf(long householdId) {
        return recipients.caseWorkersOf(Household.<Household>findById(householdId).areaCode);
    }

    /** The household's workers and the group's lead, each once. */
    private List<UserAccount> staffOf(SupportGroup group) {
        Map<Long, UserAccount> staff = new LinkedHashMap<>();
        caseWorkersOf(group.householdId).forEach(a -> staff.put(a.id, a));
        cadreAccounts(group.cadreId).forEach(a -> staff.putIfAbsent(a.id, a));
        return List.copyOf(staff.values());
    }

    static List<UserAccount> volunteerAccounts(long volunteerId) {
        return UserAccount.list("volunteerId = ?1 and enabled = true", volunteerId);
    }

    static List<UserAccount> cadreAccounts(long cadreId) {
        return UserAccount.list("cadreId = ?1 and enabled = true", cadreId);
    }

    private static Message paired(Need need) {
        return new Message(NotificationKind.PAIRED,
                new Words("您已与一个家庭结对（需求 #%d）".formatted(need.id),
                        "经匹配和干部审核，您已与一个家庭就需求 #%d（%s）长期结对。社工会与您联系，介绍家庭情况。".formatted(need.id,
                                category(need, "zh-CN"))),
                new Words("You are paired with a family (need #%d)".formatted(need.id),
                        "After matching and a cadre's review you are now paired with a family for need #%d (%s). "
                                .formatted(need.id, category(need, "en"))
                                + "A social worker will contact you to introduce the family."),
                need.id, null);
    }

    private static Message pairingEnded(Pairing pairing) {
        return new Message(NotificationKind.PAIRING_ENDED,
                new Words("结对已结束（需求 #%d）".formatted(pairing.needId),
                        "您就需求 #%d 的结对已结束：%s".formatted(pairing.needId, pairing.endReason)),
                new Words("Your pair has ended (need #%d)".formatted(pairing.needId),
                        "Your pair for need #%d has ended: %s".formatted(pairing.needId, pairing.endReason)),
                pairing.needId, null);
    }

    private static Message joinedGroup(SupportGroup group) {
        return new Message(NotificationKind.GROUP_JOINED,
                new Words("您已加入一个1+3+1帮扶小组（小组 #%d）".formatted(group.id),
                        "您已加入1+3+1帮扶小组 #%d，与组长和其他志愿者一起陪伴一位困境母亲。组长会与您联系。".formatted(group.id)),
                new Words("You joined a 1+3+1 support group (group #%d)".formatted(group.id),
                        "You joined 1+3+1 support group #%d: with its lead and the other volunteers you will accompany "
                                .formatted(group.id)
                                + "a mother who carries her family alone. The lead will contact you."),
                null, null);
    }

    private static Message leadsGroup(SupportGroup group) {
        return new Message(NotificationKind.GROUP_LED,
                new Words("您将带领1+3+1帮扶小组 #%d".formatted(group.id),
                        "您已被确认为1+3+1帮扶小组 #%d 的组长，请联系小组的志愿者。".formatted(group.id)),
                new Words("You lead 1+3+1 support group #%d".formatted(group.id),
                        "You now lead 1+3+1 support group #%d; please contact its volunteers.".formatted(group.id)),
                null, null);
    }

    private static Message leadHandedOn(SupportGroup group) {
        return new Message(NotificationKind.GROUP_LEFT,
                new Words("您不再带领帮扶小组 #%d".formatted(group.id),
                        "1+3+1帮扶小组 #%d 已由另一位干部带领，感谢您的付出。".formatted(group.id)),
                new Words("You no longer lead support group #%d".formatted(group.id),
                        "Another cadre now leads 1+3+1 support group #%d; thank you for your work."
                                .formatted(group.id)),
                null, null);
    }

    private static Message leftGroup(SupportGroup group, String reason) {
        return new Message(NotificationKind.GROUP_LEFT,
                new Words("您已离开帮扶小组 #%d".formatted(group.id),
                        "您在1+3+1帮扶小组 #%d 的位置已结束：%s".formatted(group.id, reason)),
                new Words("You left support group #%d".formatted(group.id),
                        "Your seat in 1+3+1 support group #%d has ended: %s".formatted(group.id, reason)),
                null, null);
    }

    /** To the household's workers: they should hear from the volunteer why, and may look for someone else. */
    private static Message volunteerEndedPairing(Pairing pairing) {
        return new Message(NotificationKind.PAIRING_ENDED,
                new Words("志愿者结束了结对（需求 #%d）".formatted(pairing.needId),
                        "志愿者结束了需求 #%d 的长期结对：%s\n需求已重新开放，下一次结对匹配会为它寻找新的志愿者。".formatted(pairing.needId,
                                pairing.endReason)),
                new Words("A volunteer ended a pair (need #%d)".formatted(pairing.needId),
                        "The volunteer ended the long-term pair for need #%d: %s\nThe need is open again; the next pairs run will look for someone else."
                                .formatted(pairing.needId, pairing.endReason)),
                pairing.needId, null);
    }

    /** To the household's workers and the group's lead: a seat is free for the next GROUPS run. */
    private static Message volunteerLeftGroup(SupportGroup group, String reason) {
        return new Message(NotificationKind.GROUP_LEFT,
                new Words("一位志愿者离开了帮扶小组 #%d".formatted(group.id),
                        "一位志愿者离开了1+3+1帮扶小组 #%d：%s\n空出的位置会在下一次小组匹配中补上。".formatted(group.id, reason)),
                new Words("A volunteer left support group #%d".formatted(group.id),
                        "A volunteer left 1+3+1 support group #%d: %s\nThe next groups run can fill the free seat."
                                .formatted(group.id, reason)),
                null, null);
    }

    private static Message groupEnded(SupportGroup group) {
        return new Message(NotificationKind.GROUP_ENDED,
                new Words("帮扶小组 #%d 已结束".formatted(group.id),
                        "1+3+1帮扶小组 #%d 已结束：%s".formatted(group.id, group.endReason)),
                new Words("Support group #%d has ended".formatted(group.id),
                        "1+3+1 support group #%d has ended: %s".formatted(group.id, group.endReason)),
                null, null);
    }

    private static String category(Need need, String language) {
        return MessageBundles.get(NeedMessages.class, Localized.Literal.of(language)).category(need.category);
    }
}
