package org.tongxing.matching;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Version;

import org.tongxing.common.SequencedEntity;

/** A long-term pair (结对帮扶): one volunteer with one household, for one need that asked for a partner. */
@Entity
public class Pairing extends SequencedEntity {

    public Long needId;

    public Long householdId;

    public Long volunteerId;

    public Long proposalId;

    @Enumerated(EnumType.STRING)
    public CommitmentStatus status;

    public Instant since;

    public Instant endedAt;

    public String endReason;

    public Long createdBy;

    public Instant updatedAt;

    @Version
    public long version;

    /**
     * Pairs of these households active at some time in [from, until): begun before its end and not ended before
     * its start, the rule of the statistics' pairs section (report.PairingCounts). Newest first.
     */
    public static List<Pairing> activeWithin(Collection<Long> householdIds, Instant from, Instant until) {
        return householdIds.isEmpty() ? List.of()
                : list("householdId in ?1 and since < ?3 and (endedAt is null or endedAt >= ?2)"
                        + " order by since desc, id desc", householdIds, from, until);
    }
}
