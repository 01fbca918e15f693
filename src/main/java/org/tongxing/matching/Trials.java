package org.tongxing.matching;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.tongxing.common.ChinaTime;

/**
 * Every new pair, group or seat, whether a run proposed it or a cadre made it by hand, starts as a trial that waits
 * for the volunteer's answer and the household's consent: the cadre alone no longer decides for both sides.
 */
@ApplicationScoped
public class Trials {

    @Inject
    MatchingConfig config;

    public void begin(Pairing pairing, Instant now) {
        pairing.stage = CommitmentStage.TRIAL;
        pairing.trialEndsOn = ChinaTime.today().plus(config.commitments().trialLength());
        pairing.volunteerAnswer = Answer.PENDING;
        pairing.volunteerAnswerDue = now.plus(config.commitments().answerWithin());
        pairing.rhythm = Rhythm.FORTNIGHTLY;
    }

    public void begin(SupportGroup group) {
        group.stage = CommitmentStage.TRIAL;
        group.trialEndsOn = ChinaTime.today().plus(config.commitments().trialLength());
    }

    public void seat(GroupMember member, Instant now) {
        member.answer = Answer.PENDING;
        member.answerDue = now.plus(config.commitments().answerWithin());
    }
}
