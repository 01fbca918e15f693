package org.tongxing.common;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * What every entity with a generated id shares: the id, drawn 50 at a time from its table's own sequence. The
 * sequence is named after the entity, as Hibernate names it ({@code Claim_SEQ}) and the snake-case naming strategy
 * writes it ({@code claim_seq}), which is how the migrations created them.
 */
@MappedSuperclass
public abstract class SequencedEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    public Long id;
}
