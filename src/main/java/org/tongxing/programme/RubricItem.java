package org.tongxing.programme;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.tongxing.common.SequencedEntity;

/** One item of a programme's evaluation rubric: scored out of {@code maxScore}, counted with {@code weight}. */
@Entity
public class RubricItem extends SequencedEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "programme_id")
    public Programme programme;

    public short position;

    public String name;

    public BigDecimal weight;

    public BigDecimal maxScore;

    Rubric.Item item() {
        return new Rubric.Item(id, weight, maxScore);
    }
}
