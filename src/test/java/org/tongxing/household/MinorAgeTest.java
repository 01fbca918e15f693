package org.tongxing.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * A minor is under 18 (Minors Protection Law); a child under 14 has sensitive personal information (Personal
 * Information Protection Law, art. 28). Both end on the birthday itself, a leap-day birthday on 1 March.
 */
class MinorAgeTest {

    private static final LocalDate BORN = LocalDate.of(2008, 12, 8);

    @Test
    void aMinorUntilTheEighteenthBirthday() {
        HouseholdMember member = bornOn(BORN);
        assertThat(member.isMinorOn(LocalDate.of(2026, 12, 7))).isTrue();
        assertThat(member.isMinorOn(LocalDate.of(2026, 12, 8))).isFalse();
    }

    @Test
    void sensitiveAsAChildUntilTheFourteenthBirthday() {
        HouseholdMember member = bornOn(BORN);
        assertThat(member.isUnder14On(LocalDate.of(2022, 12, 7))).isTrue();
        assertThat(member.isUnder14On(LocalDate.of(2022, 12, 8))).isFalse();
        assertThat(member.isMinorOn(LocalDate.of(2022, 12, 8))).as("14 is still a minor").isTrue();
    }

    @Test
    void aLeapDayChildComesOfAgeOnTheFirstOfMarch() {
        HouseholdMember member = bornOn(LocalDate.of(2008, 2, 29));
        assertThat(member.isMinorOn(LocalDate.of(2026, 2, 28))).isTrue();
        assertThat(member.isMinorOn(LocalDate.of(2026, 3, 1))).isFalse();
    }

    private static HouseholdMember bornOn(LocalDate birthDate) {
        HouseholdMember member = new HouseholdMember();
        member.birthDate = birthDate;
        return member;
    }
}
