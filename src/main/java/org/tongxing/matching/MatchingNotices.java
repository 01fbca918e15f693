package org.tongxing.matching;

import java.util.List;

import org.tongxing.account.UserAccount;
import org.tongxing.need.Need;
import org.tongxing.notification.NotificationKind;
import org.tongxing.notification.Notifier.Message;

/**
 * The wording of pair and group notifications, Chinese first with English below. Like claim notices they name
 * the need by number and category and never the family: an e-mail can travel further than the platform.
 */
public final class MatchingNotices {

    private MatchingNotices() {
    }

    public static List<UserAccount> volunteerAccounts(long volunteerId) {
        return UserAccount.list("volunteerId = ?1 and enabled = true", volunteerId);
    }

    public static List<UserAccount> cadreAccounts(long cadreId) {
        return UserAccount.list("cadreId = ?1 and enabled = true", cadreId);
    }

    public static Message paired(Need need) {
        return new Message(NotificationKind.PAIRED, "您已与一个家庭结对（需求 #%d）".formatted(need.id),
                "经匹配和干部审核，您已与一个家庭就需求 #%d（%s）长期结对。社工会与您联系，介绍家庭情况。\n\n".formatted(need.id, need.category)
                        + "After matching and a cadre's review you are now paired with a family for need #%d (%s). "
                                .formatted(need.id, need.category)
                        + "A social worker will contact you to introduce the family.",
                need.id, null);
    }

    public static Message pairingEnded(Pairing pairing) {
        return new Message(NotificationKind.PAIRING_ENDED, "结对已结束（需求 #%d）".formatted(pairing.needId),
                "您就需求 #%d 的结对已结束：%s\n\nYour pair for need #%d has ended: %s".formatted(pairing.needId,
                        pairing.endReason, pairing.needId, pairing.endReason), pairing.needId, null);
    }

    public static Message joinedGroup(SupportGroup group) {
        return new Message(NotificationKind.GROUP_JOINED, "您已加入一个1+3+1帮扶小组（小组 #%d）".formatted(group.id),
                "您已加入1+3+1帮扶小组 #%d，与组长和其他志愿者一起陪伴一位顶梁柱母亲。组长会与您联系。\n\n".formatted(group.id)
                        + "You joined 1+3+1 support group #%d: with its lead and the other volunteers you will accompany "
                                .formatted(group.id)
                        + "a mother who carries her family alone. The lead will contact you.", null, null);
    }

    public static Message leadsGroup(SupportGroup group) {
        return new Message(NotificationKind.GROUP_LED, "您将带领1+3+1帮扶小组 #%d".formatted(group.id),
                "您已被确认为1+3+1帮扶小组 #%d 的组长，请联系小组的志愿者。\n\nYou now lead 1+3+1 support group #%d; please contact its volunteers."
                        .formatted(group.id, group.id), null, null);
    }

    public static Message leftGroup(SupportGroup group, String reason) {
        return new Message(NotificationKind.GROUP_LEFT, "您已离开帮扶小组 #%d".formatted(group.id),
                "您在1+3+1帮扶小组 #%d 的位置已结束：%s\n\nYour seat in 1+3+1 support group #%d has ended: %s"
                        .formatted(group.id, reason, group.id, reason), null, null);
    }

    /** To the household's workers: they should hear from the volunteer why, and may look for someone else. */
    public static Message volunteerEndedPairing(Pairing pairing) {
        return new Message(NotificationKind.PAIRING_ENDED, "志愿者结束了结对（需求 #%d）".formatted(pairing.needId),
                "志愿者结束了需求 #%d 的长期结对：%s\n需求已重新开放，下一次结对匹配会为它寻找新的志愿者。\n\n".formatted(pairing.needId,
                        pairing.endReason)
                        + "The volunteer ended the long-term pair for need #%d: %s\nThe need is open again; the next pairs run will look for someone else."
                                .formatted(pairing.needId, pairing.endReason), pairing.needId, null);
    }

    /** To the household's workers and the group's lead: a seat is free for the next GROUPS run. */
    public static Message volunteerLeftGroup(SupportGroup group, String reason) {
        return new Message(NotificationKind.GROUP_LEFT, "一位志愿者离开了帮扶小组 #%d".formatted(group.id),
                "一位志愿者离开了1+3+1帮扶小组 #%d：%s\n空出的位置会在下一次小组匹配中补上。\n\n".formatted(group.id, reason)
                        + "A volunteer left 1+3+1 support group #%d: %s\nThe next groups run can fill the free seat."
                                .formatted(group.id, reason), null, null);
    }

    public static Message groupEnded(SupportGroup group) {
        return new Message(NotificationKind.GROUP_ENDED, "帮扶小组 #%d 已结束".formatted(group.id),
                "1+3+1帮扶小组 #%d 已结束：%s\n\n1+3+1 support group #%d has ended: %s".formatted(group.id,
                        group.endReason, group.id, group.endReason), null, null);
    }
}
