package org.tongxing.programme;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One item of a programme's evaluation rubric: scored out of {@code maxScore}, counted with {@code weight}. */
@Entity
@Table(name = "rubric_item")
public class RubricItem extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rubric_item_seq")
    @SequenceGenerator(name = "rubric_item_seq", sequenceName = "rubric_item_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "programme_id")
    public Programme programme;

    public short position;

    public String name;

    public BigDecimal weight;

    @Column(name = "max_score")
    public BigDecimal maxScore;

    Rubric.Item item() {
        return new Rubric.Item(id, weight, maxScore);
    }
}
