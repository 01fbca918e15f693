package org.tongxing.matching;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Version;

import org.tongxing.common.SequencedEntity;

/**
 * One run of the matcher over an area. Its status moves only by conditional updates (see RunTransitions), so
 * that the instance solving it, a stop request from another instance and the lease reaper never overwrite
 * each other's outcome.
 */
@Entity
public class MatchingRun extends SequencedEntity {

    @Enumerated(EnumType.STRING)
    public RunKind kind;

    /** The scope: households and needs whose area starts with this code. */
    public String areaCode;

    /** Computed by the database; the unit of "one active run per district and kind". */
    @Column(insertable = false, updatable = false)
    public String districtCode;

    public int timeLimitSeconds;

    @Enumerated(EnumType.STRING)
    public RunStatus status;

    public String bestScore;

    /** Pairing requests (PAIRS) or mothers' groups (GROUPS) in the problem. */
    public Integer requestCount;

    public Integer volunteerCount;

    /** Confirmed pairs or group seats that the run kept as they were. */
    public Integer pinnedCount;

    public Integer proposalCount;

    /** Requests left without a volunteer, or group seats left empty. */
    public Integer unmatchedCount;

    /** The solver proved the plan optimal and ended the run then (pairs always; groups once a phase can prove it). */
    public boolean provenOptimal;

    public Long startedBy;

    public Instant createdAt;

    public Instant startedAt;

    public Instant endedAt;

    public String instanceId;

    public Instant heartbeatAt;

    public Instant stopRequestedAt;

    public String errorMessage;

    @Version
    public long version;
}
