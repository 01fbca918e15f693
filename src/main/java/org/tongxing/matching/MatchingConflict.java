package org.tongxing.matching;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A volunteer and a household that later runs must never match (the solver's {@code MatchingConflict} fact). */
@Entity
@Table(name = "matching_conflict")
public class MatchingConflict extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "matching_conflict_seq")
    @SequenceGenerator(name = "matching_conflict_seq", sequenceName = "matching_conflict_seq", allocationSize = 50)
    public Long id;

    @Column(name = "volunteer_id")
    public Long volunteerId;

    @Column(name = "household_id")
    public Long householdId;

    public String reason;

    @Enumerated(EnumType.STRING)
    public ConflictSource source;

    @Column(name = "proposal_id")
    public Long proposalId;

    @Column(name = "created_by")
    public Long createdBy;

    @Column(name = "created_at")
    public Instant createdAt;
}
