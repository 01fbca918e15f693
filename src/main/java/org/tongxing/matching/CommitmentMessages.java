package org.tongxing.matching;

import org.tongxing.notification.NotificationKind;
import org.tongxing.notification.Notifier.Message;
import org.tongxing.notification.Notifier.Words;

/**
 * The words of the notices about a pair's or group's life after the match, in each recipient's language. Like
 * the other matching notices they name the pair or group by number, never the family.
 */
final class CommitmentMessages {

    private CommitmentMessages() {
    }

    static Message confirmed(MatchingEvent.CommitmentStep step) {
        String[] what = what(step).split("\\|");
        return new Message(NotificationKind.TRIAL_ANSWERED,
                new Words("志愿者已确认试结对（%s）".formatted(what[0]),
                        "志愿者已确认%s的试结对，请安排与家庭见面，并请家庭（或由您代为）确认同意。".formatted(what[0])),
                new Words("The volunteer confirmed the trial of %s".formatted(what[1]),
                        "The volunteer confirmed the trial of %s; please arrange the introduction and record the"
                                .formatted(what[1]) + " family's consent."),
                step.needId(), null);
    }

    static Message formal(MatchingEvent.CommitmentStep step) {
        String[] what = what(step).split("\\|");
        return new Message(NotificationKind.COMMITMENT_FORMAL,
                new Words("%s已转为正式结对".formatted(what[0]), "试结对期满，%s已转为正式结对。感谢您的长期陪伴。".formatted(what[0])),
                new Words("%s is now formal".formatted(capitalised(what[1])),
                        "The trial is over: %s is now formal. Thank you for walking beside the family."
                                .formatted(what[1])),
                step.needId(), null);
    }

    static Message followUp(MatchingEvent.CommitmentStep step) {
        String[] what = what(step).split("\\|");
        return new Message(NotificationKind.FOLLOW_UP,
                new Words("%s的联系记录需要跟进".formatted(what[0]),
                        "%s的一次联系记录请社工跟进：%s".formatted(what[0], step.followUp())),
                new Words("A contact of %s needs a follow-up".formatted(what[1]),
                        "A contact of %s asks the case worker to follow up: %s".formatted(what[1], step.followUp())),
                step.needId(), null);
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** "结对 #12|pair #12", or the same for a group. */
    static String what(MatchingEvent.CommitmentStep step) {
        return step.of() == MatchingEvent.Of.PAIRING
                ? "结对 #%d|pair #%d".formatted(step.commitmentId(), step.commitmentId())
                : "帮扶小组 #%d|1+3+1 group #%d".formatted(step.commitmentId(), step.commitmentId());
    }
}
