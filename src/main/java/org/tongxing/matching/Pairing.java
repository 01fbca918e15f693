package org.tongxing.matching;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A long-term pair (结对帮扶): one volunteer with one household, for one need that asked for a partner. */
@Entity
public class Pairing extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pairing_seq")
    @SequenceGenerator(name = "pairing_seq", sequenceName = "pairing_seq", allocationSize = 50)
    public Long id;

    @Column(name = "need_id")
    public Long needId;

    @Column(name = "household_id")
    public Long householdId;

    @Column(name = "volunteer_id")
    public Long volunteerId;

    @Column(name = "proposal_id")
    public Long proposalId;

    @Enumerated(EnumType.STRING)
    public CommitmentStatus status;

    public Instant since;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Column(name = "end_reason")
    public String endReason;

    @Column(name = "created_by")
    public Long createdBy;

    @Column(name = "updated_at")
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
