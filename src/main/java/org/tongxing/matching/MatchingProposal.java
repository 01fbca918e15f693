package org.tongxing.matching;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.tongxing.common.SequencedEntity;

/**
 * What a run proposes for one household: a volunteer for a need (PAIRS), or a lead and volunteers for a
 * mother's 1+3+1 group (GROUPS, members in {@link #members}). Written only by a run's final transaction.
 */
@Entity
public class MatchingProposal extends SequencedEntity {

    public Long runId;

    @Enumerated(EnumType.STRING)
    public RunKind kind;

    public Long householdId;

    public Long needId;

    public Long volunteerId;

    /** The proposed lead of a new group; null when the group keeps the lead it has. */
    public Long cadreId;

    /** Soft cost of the proposal in cost points (10 ≈ 1 km), the sum of {@link #costParts}. */
    public long cost;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Long> costParts;

    /** Groups: the mother's needs (category names, comma-separated) that no member covers. */
    public String uncovered;

    public String explanationZh;

    public String explanationEn;

    @Enumerated(EnumType.STRING)
    public ProposalStatus status;

    public String rejectReason;

    /** Why accepting it failed: what changed since the run. */
    public String failure;

    public Long decidedBy;

    public Instant decidedAt;

    public Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "matching_proposal_member", joinColumns = @JoinColumn(name = "proposal_id"))
    @OrderBy("seat")
    @BatchSize(size = 100)
    public List<ProposalMember> members = new ArrayList<>();

    @Version
    public long version;
}
