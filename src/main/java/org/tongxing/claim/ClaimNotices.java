package org.tongxing.claim;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.tongxing.account.UserAccount;
import org.tongxing.household.Household;
import org.tongxing.need.Need;
import org.tongxing.notification.NotificationKind;
import org.tongxing.notification.Notifier;
import org.tongxing.notification.Notifier.Message;
import org.tongxing.notification.Notifier.Words;
import org.tongxing.notification.Recipients;

/**
 * Tells the people concerned of each step of a claim, in the step's transaction: the household's workers of a
 * claim made, released or delivered; the claimant of one accepted, declined, confirmed, expired or ended with its
 * need. Each recipient reads it in their account's language; it names the need by number and category and the
 * claimant by name, never the family: an e-mail can travel further than the platform.
 */
@ApplicationScoped
public class ClaimNotices {

    @Inject
    Notifier notifier;

    @Inject
    Recipients recipients;

    @Inject
    Claimants claimants;

    void onMade(@Observes ClaimEvent.Made step) {
        notifier.send(workersOf(step.household()), claimed(step.need(), step.claim(), step.claimant()));
    }

    void onAccepted(@Observes ClaimEvent.Accepted step) {
        notifier.send(claimants.accountsOf(step.claim()), accepted(step.need(), step.claim()));
    }

    void onDeclined(@Observes ClaimEvent.Declined step) {
        notifier.send(claimants.accountsOf(step.claim()), declined(step.need(), step.claim()));
    }

    void onReleased(@Observes ClaimEvent.Released step) {
        notifier.send(workersOf(step.household()), released(step.need(), step.claim(), step.claimant()));
    }

    void onDelivered(@Observes ClaimEvent.Delivered step) {
        notifier.send(workersOf(step.household()), delivered(step.need(), step.claim(), step.claimant()));
    }

    void onConfirmed(@Observes ClaimEvent.Confirmed step) {
        notifier.send(claimants.accountsOf(step.claim()), confirmed(step.need(), step.claim()));
    }

    void onExpired(@Observes ClaimEvent.Expired step) {
        notifier.send(claimants.accountsOf(step.claim()), expired(step.need(), step.claim()));
        notifier.send(workersOf(step.household()), expired(step.need(), step.claim()));
    }

    void onEndedWithNeed(@Observes ClaimEvent.EndedWithNeed step) {
        notifier.send(claimants.accountsOf(step.claim()), needCancelled(step.need(), step.claim()));
    }

    private List<UserAccount> workersOf(Household household) {
        return recipients.caseWorkersOf(household.areaCode);
    }

    private static Message claimed(Need need, Claim claim, String claimant) {
        return message(NotificationKind.CLAIMED, need, claim,
                new Words("需求 #%d 有新的认领，请审核".formatted(need.id),
                        "%s 认领了需求 #%d，计划：%s。请在平台上接受或婉拒。".formatted(claimant, need.id, claim.plan)),
                new Words("Need #%d has a new claim to review".formatted(need.id),
                        "%s claimed need #%d. Plan: %s. Please accept or decline the claim on Tongxing."
                                .formatted(claimant, need.id, claim.plan)));
    }

    private static Message accepted(Need need, Claim claim) {
        return message(NotificationKind.ACCEPTED, need, claim,
                new Words("您对需求 #%d 的认领已被接受".formatted(need.id),
                        "您对需求 #%d 的认领已被接受。联系人信息请登录平台查看（如家庭同意共享）。".formatted(need.id)),
                new Words("Your claim on need #%d was accepted".formatted(need.id),
                        "Your claim on need #%d was accepted. Sign in to see the contact (if the family agreed to share it)."
                                .formatted(need.id)));
    }

    private static Message declined(Need need, Claim claim) {
        return message(NotificationKind.DECLINED, need, claim,
                new Words("您对需求 #%d 的认领未被接受".formatted(need.id), "原因：%s".formatted(claim.declineReason)),
                new Words("Your claim on need #%d was declined".formatted(need.id),
                        "Your claim on need #%d was declined. Reason: %s".formatted(need.id, claim.declineReason)));
    }

    private static Message released(Need need, Claim claim, String claimant) {
        return message(NotificationKind.RELEASED, need, claim,
                new Words("需求 #%d 的认领已被放弃".formatted(need.id),
                        "%s 放弃了对需求 #%d 的认领（原因：%s），需求已重新开放。".formatted(claimant, need.id, claim.endReason)),
                new Words("The claim on need #%d was released".formatted(need.id),
                        "%s released the claim on need #%d (reason: %s); the need is open again.".formatted(claimant,
                                need.id, claim.endReason)));
    }

    private static Message delivered(Need need, Claim claim, String claimant) {
        return message(NotificationKind.DELIVERED, need, claim,
                new Words("需求 #%d 已记录服务，请确认".formatted(need.id),
                        "%s 为需求 #%d 记录了服务，请与家庭核实后确认。".formatted(claimant, need.id)),
                new Words("A service for need #%d awaits confirmation".formatted(need.id),
                        "%s logged a service for need #%d; please check with the family and confirm."
                                .formatted(claimant, need.id)));
    }

    private static Message confirmed(Need need, Claim claim) {
        return message(NotificationKind.CONFIRMED, need, claim,
                new Words("需求 #%d 的服务已确认，谢谢您！".formatted(need.id), "家庭或社工已确认您对需求 #%d 的帮助。".formatted(need.id)),
                new Words("Your help with need #%d was confirmed".formatted(need.id),
                        "Your help with need #%d was confirmed. Thank you!".formatted(need.id)));
    }

    private static Message expired(Need need, Claim claim) {
        return message(NotificationKind.EXPIRED, need, claim,
                new Words("您对需求 #%d 的认领已过期".formatted(need.id),
                        "原因：%s。需求已重新开放。".formatted(ExpiryReasons.in(claim.endReason, true))),
                new Words("The claim on need #%d expired".formatted(need.id),
                        "The claim on need #%d expired: %s. The need is open again.".formatted(need.id,
                                claim.endReason)));
    }

    static Message expiringSoon(Need need, Claim claim, String chinese, String english) {
        return message(NotificationKind.EXPIRING_SOON, need, claim,
                new Words("需求 #%d 的认领即将过期".formatted(need.id), chinese),
                new Words("The claim on need #%d will expire soon".formatted(need.id), english));
    }

    private static Message needCancelled(Need need, Claim claim) {
        return message(NotificationKind.NEED_CANCELLED, need, claim,
                new Words("需求 #%d 已取消".formatted(need.id), "您认领的需求 #%d 已被取消：%s".formatted(need.id, need.cancelReason)),
                new Words("Need #%d was cancelled".formatted(need.id),
                        "Need #%d, which you claimed, was cancelled: %s".formatted(need.id, need.cancelReason)));
    }

    private static Message message(NotificationKind kind, Need need, Claim claim, Words chinese, Words english) {
        return new Message(kind, chinese, english, need.id, claim.id);
    }
}
