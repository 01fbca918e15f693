package org.tongxing.programme;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A mid-term or final evaluation of a programme: its evaluator's scores per rubric item, then submitted for good. */
@Entity
@Table(name = "evaluation_round")
public class EvaluationRound extends PanacheEntityBase {

    public enum Kind {
        MID_TERM, FINAL
    }

    public enum Status {
        OPEN, SUBMITTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evaluation_round_seq")
    @SequenceGenerator(name = "evaluation_round_seq", sequenceName = "evaluation_round_seq", allocationSize = 50)
    public Long id;

    @Column(name = "programme_id")
    public Long programmeId;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    @Column(name = "evaluator_id")
    public Long evaluatorId;

    @Enumerated(EnumType.STRING)
    public Status status;

    public String comment;

    @Column(name = "weighted_total")
    public BigDecimal weightedTotal;

    @ElementCollection
    @CollectionTable(name = "evaluation_score", joinColumns = @JoinColumn(name = "round_id"))
    @MapKeyColumn(name = "item_id")
    public Map<Long, Score> scores = new LinkedHashMap<>();

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
