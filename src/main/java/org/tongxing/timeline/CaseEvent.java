package org.tongxing.timeline;

import java.time.Instant;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.tongxing.common.SequencedEntity;

/**
 * One entry of a household's history. Append-only: nothing updates or deletes events. The summary and
 * details name fields and states, never personal data, so the history can be shown more widely than the file.
 */
@Entity
public class CaseEvent extends SequencedEntity {

    @Column(updatable = false)
    public Long householdId;

    @Column(updatable = false)
    public Long needId;

    @Column(updatable = false)
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
