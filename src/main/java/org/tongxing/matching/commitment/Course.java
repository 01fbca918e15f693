package org.tongxing.matching.commitment;

import java.time.LocalDate;

import org.tongxing.matching.Answer;
import org.tongxing.matching.CommitmentStage;
import org.tongxing.matching.Pairing;
import org.tongxing.matching.SupportGroup;

/**
 * Where a pair or group stands after the match: its stage, the trial's end, whether the household consented, the
 * last contact and how quiet it is (0 in rhythm, 1 and 2 after the first and the second alert). {@code answer} is
 * the pair's volunteer's, or for a group null (each seat has its own).
 */
public record Course(CommitmentStage stage, LocalDate trialEndsOn, Answer answer, boolean householdConsented,
        LocalDate lastContactOn, int quietLevel) {

    static Course of(Pairing p) {
        return new Course(p.stage, p.trialEndsOn, p.volunteerAnswer, p.householdConsentedAt != null, p.lastContactOn,
                p.quietLevel);
    }

    static Course of(SupportGroup g) {
        return new Course(g.stage, g.trialEndsOn, null, g.householdConsentedAt != null, g.lastContactOn,
                g.quietLevel);
    }
}
