package org.tongxing.household;

import java.time.LocalDate;

import org.tongxing.common.Gender;

/**
 * A member as the case worker sees them: everything, plus age, whether they are a minor (under 18) and whether
 * their data is a child's sensitive personal information (under 14).
 */
public record MemberView(long id, String name, Relation relation, LocalDate birthDate, int age, boolean minor,
        boolean under14, Gender gender, String phone, String idNumber, String disability, String notes,
        long version) {

    public static MemberView from(HouseholdMember m, LocalDate today) {
        return new MemberView(m.id, m.name, m.relation, m.birthDate, m.ageOn(today), m.isMinorOn(today),
                m.isUnder14On(today), m.gender, m.phone, m.idNumber, m.disability, m.notes, m.version);
    }
}
