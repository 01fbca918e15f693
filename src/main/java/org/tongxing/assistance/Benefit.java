package org.tongxing.assistance;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.tongxing.common.VersionedEntity;

/** A benefit a household receives or has applied for, with its amounts and the date of its annual re-check. */
@Entity
public class Benefit extends VersionedEntity {

    public long householdId;

    /** The member it is for (a disability subsidy), or null for the whole household. */
    public Long memberId;

    @Enumerated(EnumType.STRING)
    public BenefitKind kind;

    @Enumerated(EnumType.STRING)
    public BenefitStatus status;

    public LocalDate appliedOn;

    public LocalDate decidedOn;

    public LocalDate endedOn;

    public BigDecimal monthlyAmount;

    public BigDecimal oneOffAmount;

    public LocalDate recheckOn;

    public String note;
}
