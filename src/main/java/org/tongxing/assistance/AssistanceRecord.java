package org.tongxing.assistance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.tongxing.common.SequencedEntity;

/** One-off assistance given to a household. Like a visit it is a record of fact, never edited afterwards. */
@Entity
public class AssistanceRecord extends SequencedEntity {

    public long householdId;

    @Enumerated(EnumType.STRING)
    public AssistanceKind kind;

    public LocalDate givenOn;

    /** The money given, or the value of the goods. */
    public BigDecimal amount;

    public String what;

    /** Who gave it: a department, a donor, a charity. */
    public String givenBy;

    public long recordedBy;

    public Instant createdAt;
}
