package org.tongxing.household;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.tongxing.common.Gender;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A person in a case file. Name, phone, ID number, birth date and notes are identity data. */
@Entity
@Table(name = "household_member")
public class HouseholdMember extends PanacheEntityBase {

    /** Under China's personal-information law a child under 14 needs a guardian's consent for everything. */
    public static final int MINOR_AGE = 14;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "household_member_seq")
    @SequenceGenerator(name = "household_member_seq", sequenceName = "household_member_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "household_id")
    public Household household;

    public String name;

    @Enumerated(EnumType.STRING)
    public Relation relation;

    @Column(name = "birth_date")
    public LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    public Gender gender;

    public String phone;

    @Column(name = "id_number")
    public String idNumber;

    public String disability;

    public String notes;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    public int ageOn(LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    public boolean isMinorOn(LocalDate day) {
        return ageOn(day) < MINOR_AGE;
    }
}
