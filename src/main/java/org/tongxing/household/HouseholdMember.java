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

    /**
     * A minor (未成年人) is under 18 (Minors Protection Law, art. 2): work with minors needs a vetted helper.
     */
    public static final int ADULT_AGE = 18;

    /**
     * The personal information of a child under 14 is sensitive personal information (Personal Information
     * Protection Law, art. 28) and needs a guardian's consent (art. 31).
     */
    public static final int SENSITIVE_CHILD_AGE = 14;

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

    /** Full years (周岁) on a day of the China calendar: one turns 18 on the 18th birthday. */
    public int ageOn(LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    public boolean isMinorOn(LocalDate day) {
        return ageOn(day) < ADULT_AGE;
    }

    public boolean isUnder14On(LocalDate day) {
        return ageOn(day) < SENSITIVE_CHILD_AGE;
    }
}
