package org.tongxing.matching.commitment;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.tongxing.common.Timestamps;
import org.tongxing.matching.CommitmentStatus;
import org.tongxing.matching.GroupMember;
import org.tongxing.matching.MatchingEvent;
import org.tongxing.matching.Pairing;
import org.tongxing.need.Need;
import org.tongxing.need.NeedStatus;
import org.tongxing.volunteer.VolunteerWithdrew;

/**
 * A volunteer who withdraws (vetting withdrawn, or capacity set to 0) leaves their pairs and group seats, as
 * the matcher assumes: a pair's need opens again for matching, a group's seat becomes free for the next run.
 * A lapsed vetting must not leave a volunteer paired with a child.
 */
@ApplicationScoped
public class WithdrawnVolunteers {

    @Inject
    Event<MatchingEvent> events;

    void onWithdrawal(@Observes VolunteerWithdrew withdrawal) {
        Instant now = Timestamps.now();
        String reason = "volunteer withdrew: " + withdrawal.reason();
        for (Pairing pairing : Pairing.<Pairing>list("volunteerId = ?1 and status = ?2", withdrawal.volunteerId(),
                CommitmentStatus.ACTIVE)) {
            end(pairing, reason, now);
        }
        List<GroupMember> seats = GroupMember.list("volunteerId = ?1 and leftAt is null", withdrawal.volunteerId());
        for (GroupMember seat : seats) {
            seat.leftAt = now;
            seat.group.updatedAt = now;
            events.fire(new MatchingEvent.SeatLeft(seat.group, seat, reason, MatchingEvent.Cause.VOLUNTEER_WITHDREW));
        }
    }

    private void end(Pairing pairing, String reason, Instant now) {
        pairing.status = CommitmentStatus.ENDED;
        pairing.endedAt = now;
        pairing.updatedAt = now;
        pairing.endReason = reason;
        Need need = Need.findById(pairing.needId);
        if (need.status == NeedStatus.IN_PROGRESS) {
            need.status = NeedStatus.OPEN;
            need.updatedAt = now;
        }
        events.fire(new MatchingEvent.PairingEnded(pairing, MatchingEvent.Cause.VOLUNTEER_WITHDREW, null));
    }
}
