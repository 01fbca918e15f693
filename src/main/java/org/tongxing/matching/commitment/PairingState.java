package org.tongxing.matching.commitment;

import java.time.LocalDate;

import org.tongxing.matching.Answer;
import org.tongxing.matching.CommitmentStage;
import org.tongxing.matching.CommitmentStatus;
import org.tongxing.matching.Pairing;

/** Where a pair stands in its two stages; small, because the volunteer and the family get it too. */
public record PairingState(long id, CommitmentStatus status, CommitmentStage stage, LocalDate trialEndsOn,
        Answer volunteerAnswer, boolean householdConsented, boolean handedOver, long version) {

    static PairingState from(Pairing p) {
        return new PairingState(p.id, p.status, p.stage, p.trialEndsOn, p.volunteerAnswer,
                p.householdConsentedAt != null, p.handedOver(), p.version);
    }
}
