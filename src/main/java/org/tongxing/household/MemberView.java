package org.tongxing.household;

import java.time.LocalDate;

import org.tongxing.common.Gender;

/** A member as the case worker sees them: everything, plus age and whether they count as a minor. */
public record MemberView(long id, String name, Relation relation, LocalDate birthDate, int age, boolean minor,
        Gender gender, String phone, String idNumber, String disability, String notes, long version) {

    public static MemberView from(HouseholdMember m, LocalDate today) {
        return new MemberView(m.id, m.name, m.relation, m.birthDate, m.ageOn(today), m.isMinorOn(today), m.gender,
                m.phone, m.idNumber, m.disability, m.notes, m.version);
    }
}
