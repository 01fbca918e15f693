package org.tongxing.matching.commitment;

import java.time.Instant;

import org.tongxing.matching.ConflictSource;
import org.tongxing.matching.EndKind;
import org.tongxing.matching.MatchingConflict;

/**
 * A volunteer who ends their own pair or leaves a family's group is not proposed to that family again: the need
 * reopens and the seat frees for someone else. When staff end it no conflict is recorded (they may declare one).
 */
final class SteppedBack {

    private SteppedBack() {
    }

    /**
     * After a pair or seat ended: the kind of reason decides (a bad fit keeps the two apart, anything else nobody);
     * without one, a volunteer who stepped back is kept apart as before.
     */
    static void afterEnd(EndKind kind, boolean byVolunteer, long volunteerId, long householdId, String reason,
            long userId, Instant now) {
        if (kind == null ? byVolunteer : kind.keepsApart()) {
            remember(volunteerId, householdId, reason, userId, now,
                    kind == null ? ConflictSource.LEFT_BY_VOLUNTEER : ConflictSource.BAD_FIT);
        }
    }

    static void remember(long volunteerId, long householdId, String reason, long userId, Instant now,
            ConflictSource source) {
        if (MatchingConflict.count("volunteerId = ?1 and householdId = ?2", volunteerId, householdId) > 0) {
            return;
        }
        MatchingConflict conflict = new MatchingConflict();
        conflict.volunteerId = volunteerId;
        conflict.householdId = householdId;
        conflict.reason = reason;
        conflict.source = source;
        conflict.createdBy = userId;
        conflict.createdAt = now;
        conflict.persist();
    }
}
