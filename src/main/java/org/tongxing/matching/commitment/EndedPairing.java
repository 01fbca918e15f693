package org.tongxing.matching.commitment;

import java.time.Instant;

import org.tongxing.matching.CommitmentStatus;
import org.tongxing.matching.Pairing;
import org.tongxing.need.Need;
import org.tongxing.need.NeedStatus;

/**
 * A pair just ended and where its need stands now. Only what both parties already know, because the volunteer may
 * end their own pair and must not learn the family's file from the answer.
 */
public record EndedPairing(long id, long needId, NeedStatus needStatus, CommitmentStatus status, Instant endedAt,
        String endReason, long version) {

    static EndedPairing from(Pairing pairing, Need need) {
        return new EndedPairing(pairing.id, need.id, need.status, pairing.status, pairing.endedAt, pairing.endReason,
                pairing.version);
    }
}
