package org.tongxing.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class WeeklyAvailabilityTest {

    @Test
    void slotNamesRoundTripThroughTheMask() {
        WeeklyAvailability a = WeeklyAvailability
                .ofSlots(List.of("SUNDAY_EVENING", "MONDAY_MORNING", "SATURDAY_AFTERNOON"));
        assertThat(a.slots()).containsExactly("MONDAY_MORNING", "SATURDAY_AFTERNOON", "SUNDAY_EVENING");
        assertThat(a.size()).isEqualTo(3);
        assertThat(WeeklyAvailability.ofSlots(List.of("MONDAY_MORNING")).mask()).isEqualTo(1);
        assertThat(WeeklyAvailability.ofSlots(List.of("SUNDAY_EVENING")).mask()).isEqualTo(1 << 20);
    }

    @Test
    void overlapCountsSharedSlots() {
        WeeklyAvailability volunteer = WeeklyAvailability
                .ofSlots(List.of("SATURDAY_MORNING", "SATURDAY_AFTERNOON", "FRIDAY_EVENING"));
        WeeklyAvailability family = WeeklyAvailability
                .ofSlots(List.of("SATURDAY_AFTERNOON", "FRIDAY_EVENING", "MONDAY_EVENING"));
        assertThat(volunteer.overlap(family)).isEqualTo(2);
        assertThat(volunteer.overlap(WeeklyAvailability.NONE)).isZero();
    }

    @Test
    void unknownSlotsAndStrayBitsAreRejected() {
        assertThat(WeeklyAvailability.isSlotName("FUNDAY_MORNING")).isFalse();
        assertThat(WeeklyAvailability.isSlotName("MONDAY_NIGHT")).isFalse();
        assertThat(WeeklyAvailability.isSlotName("MONDAY_EVENING")).isTrue();
        assertThatThrownBy(() -> new WeeklyAvailability(1 << 21)).isInstanceOf(IllegalArgumentException.class);
    }
}
