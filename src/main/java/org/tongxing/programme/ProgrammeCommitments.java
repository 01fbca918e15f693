package org.tongxing.programme;

import java.time.Instant;
import java.util.List;

import org.tongxing.common.ChinaTime;
import org.tongxing.matching.Pairing;
import org.tongxing.matching.SupportGroup;

/**
 * The long-term pairs and 1+3+1 groups of a programme's member households that were active at some time in its
 * period (formed before its last day ends, not ended before its first day begins, in China's calendar). They are
 * counted for every reader; only the programme's managers see them listed.
 */
record ProgrammeCommitments(List<Pairing> pairs, List<SupportGroup> groups) {

    static final ProgrammeCommitments NONE = new ProgrammeCommitments(List.of(), List.of());

    /** One query for the pairs and one for the groups, however many households the programme has. */
    static ProgrammeCommitments of(Programme p, List<Long> members) {
        Instant from = p.startsOn.atStartOfDay(ChinaTime.ZONE).toInstant();
        Instant until = p.endsOn.plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant();
        return new ProgrammeCommitments(Pairing.activeWithin(members, from, until),
                SupportGroup.activeWithin(members, from, until));
    }
}
