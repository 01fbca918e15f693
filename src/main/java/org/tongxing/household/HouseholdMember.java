package org.tongxing.household;

import java.time.LocalDate;
import java.time.Period;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.tongxing.common.Gender;
import org.tongxing.common.VersionedEntity;

/** A person in a case file. Name, phone, ID number, birth date and notes are identity data. */
@Entity
public class HouseholdMember extends VersionedEntity {

    /** Under China's personal-information law a child under 14 needs a guardian's consent for everything. */
    public static final int MINOR_AGE = 14;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "household_id")
    public Household household;

    public String name;

    @Enumerated(EnumType.STRING)
    public Relation relation;

    public LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    public Gender gender;

    public String phone;

    public String idNumber;

    public String disability;

    public String notes;

    public int ageOn(LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    public boolean isMinorOn(LocalDate day) {
        return ageOn(day) < MINOR_AGE;
    }
}
