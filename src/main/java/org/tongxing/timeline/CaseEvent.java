package org.tongxing.timeline;

import java.time.Instant;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One entry of a household's history. Append-only: nothing updates or deletes events. The summary and
 * details name fields and states, never personal data, so the history can be shown more widely than the file.
 */
@Entity
@Table(name = "case_event")
public class CaseEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_event_seq")
    @SequenceGenerator(name = "case_event_seq", sequenceName = "case_event_seq", allocationSize = 50)
    public Long id;

    @Column(name = "household_id", updatable = false)
    public Long householdId;

    @Column(name = "need_id", updatable = false)
    public Long needId;

    @Column(name = "occurred_at", updatable = false)
    public Instant occurredAt;

    @Column(updatable = false)
    public String actor;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    public CaseEventKind kind;

    @Column(updatable = false)
    public String summary;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(updatable = false)
    public Map<String, Object> details;
}
