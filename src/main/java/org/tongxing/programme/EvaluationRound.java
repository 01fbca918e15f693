package org.tongxing.programme;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;

import org.tongxing.common.VersionedEntity;

/** A mid-term or final evaluation of a programme: its evaluator's scores per rubric item, then submitted for good. */
@Entity
public class EvaluationRound extends VersionedEntity {

    public enum Kind {
        MID_TERM, FINAL
    }

    public enum Status {
        OPEN, SUBMITTED
    }

    public Long programmeId;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    public Long evaluatorId;

    @Enumerated(EnumType.STRING)
    public Status status;

    public String comment;

    public BigDecimal weightedTotal;

    @ElementCollection
    @CollectionTable(name = "evaluation_score", joinColumns = @JoinColumn(name = "round_id"))
    @MapKeyColumn(name = "item_id")
    public Map<Long, Score> scores = new LinkedHashMap<>();

    public Instant submittedAt;
}
