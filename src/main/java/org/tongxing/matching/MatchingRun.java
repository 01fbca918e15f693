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
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One run of the matcher over an area. Its status moves only by conditional updates (see RunTransitions), so
 * that the instance solving it, a stop request from another instance and the lease reaper never overwrite
 * each other's outcome.
 */
@Entity
@Table(name = "matching_run")
public class MatchingRun extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "matching_run_seq")
    @SequenceGenerator(name = "matching_run_seq", sequenceName = "matching_run_seq", allocationSize = 50)
    public Long id;

    @Enumerated(EnumType.STRING)
    public RunKind kind;

    /** The scope: households and needs whose area starts with this code. */
    @Column(name = "area_code")
    public String areaCode;

    /** Computed by the database; the unit of "one active run per district and kind". */
    @Column(name = "district_code", insertable = false, updatable = false)
    public String districtCode;

    @Column(name = "time_limit_seconds")
    public int timeLimitSeconds;

    @Enumerated(EnumType.STRING)
    public RunStatus status;

    @Column(name = "best_score")
    public String bestScore;

    /** Pairing requests (PAIRS) or mothers' groups (GROUPS) in the problem. */
    @Column(name = "request_count")
    public Integer requestCount;

    @Column(name = "volunteer_count")
    public Integer volunteerCount;

    /** Confirmed pairs or group seats that the run kept as they were. */
    @Column(name = "pinned_count")
    public Integer pinnedCount;

    @Column(name = "proposal_count")
    public Integer proposalCount;

    /** Requests left without a volunteer, or group seats left empty. */
    @Column(name = "unmatched_count")
    public Integer unmatchedCount;

    @Column(name = "started_by")
    public Long startedBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Column(name = "instance_id")
    public String instanceId;

    @Column(name = "heartbeat_at")
    public Instant heartbeatAt;

    @Column(name = "stop_requested_at")
    public Instant stopRequestedAt;

    @Column(name = "error_message")
    public String errorMessage;

    @Version
    public long version;
}
