package org.tongxing.visit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;

import org.hibernate.annotations.BatchSize;
import org.tongxing.common.SequencedEntity;

/** A home visit by a field worker: when, where, what was found. Recorded once and never edited. */
@Entity
public class Visit extends SequencedEntity {

    public Long householdId;

    public Long workerId;

    public Instant visitedAt;

    public LocalDate visitedOn;

    @Enumerated(EnumType.STRING)
    public VisitChannel channel;

    @Enumerated(EnumType.STRING)
    public VisitOutcome outcome = VisitOutcome.MET;

    public BigDecimal latitude;

    public BigDecimal longitude;

    public String locationNote;

    public String findings;

    @Enumerated(EnumType.STRING)
    public CheckResult livingConditions;

    @Enumerated(EnumType.STRING)
    public CheckResult health;

    @Enumerated(EnumType.STRING)
    public CheckResult schooling;

    @ElementCollection
    @CollectionTable(name = "visit_noticed_need", joinColumns = @JoinColumn(name = "visit_id"))
    @BatchSize(size = 50)
    public List<NoticedNeed> noticedNeeds = new ArrayList<>();

    public Instant createdAt;

    /** Visits to any of the households between two days (inclusive): what programmes and statistics count. */
    public static long countOf(Collection<Long> householdIds, LocalDate from, LocalDate to) {
        return householdIds.isEmpty() ? 0
                : count("householdId in ?1 and visitedOn between ?2 and ?3", householdIds, from, to);
    }
}
