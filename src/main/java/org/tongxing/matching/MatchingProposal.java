package org.tongxing.matching;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * What a run proposes for one household: a volunteer for a need (PAIRS), or a lead and volunteers for a
 * mother's 1+3+1 group (GROUPS, members in {@link #members}). Written only by a run's final transaction.
 */
@Entity
@Table(name = "matching_proposal")
public class MatchingProposal extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "matching_proposal_seq")
    @SequenceGenerator(name = "matching_proposal_seq", sequenceName = "matching_proposal_seq", allocationSize = 50)
    public Long id;

    @Column(name = "run_id")
    public Long runId;

    @Enumerated(EnumType.STRING)
    public RunKind kind;

    @Column(name = "household_id")
    public Long householdId;

    @Column(name = "need_id")
    public Long needId;

    @Column(name = "volunteer_id")
    public Long volunteerId;

    /** The proposed lead of a new group; null when the group keeps the lead it has. */
    @Column(name = "cadre_id")
    public Long cadreId;

    /** Soft cost of the proposal in cost points (10 ≈ 1 km), the sum of {@link #costParts}. */
    public long cost;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "cost_parts")
    public Map<String, Long> costParts;

    /** Groups: the mother's needs (category names, comma-separated) that no member covers. */
    public String uncovered;

    @Column(name = "explanation_zh")
    public String explanationZh;

    @Column(name = "explanation_en")
    public String explanationEn;

    @Enumerated(EnumType.STRING)
    public ProposalStatus status;

    @Column(name = "reject_reason")
    public String rejectReason;

    /** Why accepting it failed: what changed since the run. */
    public String failure;

    @Column(name = "decided_by")
    public Long decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "matching_proposal_member", joinColumns = @JoinColumn(name = "proposal_id"))
    @OrderBy("seat")
    @BatchSize(size = 100)
    public List<ProposalMember> members = new ArrayList<>();

    @Version
    public long version;
}
