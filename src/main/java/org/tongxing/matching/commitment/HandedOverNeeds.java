package org.tongxing.matching.commitment;

import jakarta.enterprise.context.ApplicationScoped;

import org.tongxing.account.Viewer;
import org.tongxing.common.Role;
import org.tongxing.matching.Answer;
import org.tongxing.matching.CommitmentStatus;
import org.tongxing.matching.GroupMember;
import org.tongxing.matching.Pairing;
import org.tongxing.need.CommitmentsOnNeeds;

/** Answers, from pairs and group seats, whether a volunteer's commitment covering a need has been handed over. */
@ApplicationScoped
public class HandedOverNeeds implements CommitmentsOnNeeds {

    @Override
    public boolean handedOver(long needId, Viewer viewer) {
        if (!viewer.is(Role.VOLUNTEER) || viewer.volunteerId() == null) {
            return false;
        }
        long volunteer = viewer.volunteerId();
        return Pairing.count("needId = ?1 and volunteerId = ?2 and status = ?3 and volunteerAnswer = ?4"
                + " and householdConsentedAt is not null", needId, volunteer, CommitmentStatus.ACTIVE,
                Answer.CONFIRMED) > 0
                || GroupMember.count("volunteerId = ?1 and leftAt is null and answer = ?2 and group.status = ?3"
                        + " and group.householdConsentedAt is not null and ?4 member of group.needIds", volunteer,
                        Answer.CONFIRMED, CommitmentStatus.ACTIVE, needId) > 0;
    }
}
