package org.tongxing.matching.commitment;

import java.time.LocalDate;
import java.util.List;

import org.tongxing.matching.Answer;
import org.tongxing.matching.CommitmentStage;
import org.tongxing.matching.CommitmentStatus;
import org.tongxing.matching.SupportGroup;

/** Where a group stands in its two stages: each seat's answer by volunteer id, and the household's consent. */
public record GroupState(long id, CommitmentStatus status, CommitmentStage stage, LocalDate trialEndsOn,
        List<SeatAnswer> seats, boolean householdConsented, long version) {

    public record SeatAnswer(long volunteerId, Answer answer) {
    }

    static GroupState from(SupportGroup g) {
        return new GroupState(g.id, g.status, g.stage, g.trialEndsOn,
                g.activeMembers().stream().map(m -> new SeatAnswer(m.volunteerId, m.answer)).toList(),
                g.householdConsentedAt != null, g.version);
    }
}
