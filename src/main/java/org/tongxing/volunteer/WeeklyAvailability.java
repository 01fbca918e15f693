package org.tongxing.volunteer;

import java.util.Collection;
import java.util.List;

import org.tongxing.common.WeekSlots;

/**
 * When someone is free in a typical week: 7 days x 3 parts of the day, kept as a 21-bit mask so that
 * overlap between a volunteer and a family is a single AND.
 */
public record WeeklyAvailability(int mask) {

    public enum DayPart {
        MORNING, AFTERNOON, EVENING
    }

    public static final int ALL = WeekSlots.ALL;
    public static final WeeklyAvailability NONE = new WeeklyAvailability(0);

    public WeeklyAvailability {
        if ((mask & ~ALL) != 0) {
            throw new IllegalArgumentException("Availability mask has bits outside the 21 weekly slots");
        }
    }

    /** Parses slot names such as {@code MONDAY_EVENING}. */
    public static WeeklyAvailability ofSlots(Collection<String> slots) {
        return new WeeklyAvailability(WeekSlots.mask(slots));
    }

    public static boolean isSlotName(String slot) {
        return WeekSlots.isSlotName(slot);
    }

    public List<String> slots() {
        return WeekSlots.names(mask);
    }

    /** Number of weekly slots both are free in. */
    public int overlap(WeeklyAvailability other) {
        return Integer.bitCount(mask & other.mask);
    }

    public int size() {
        return Integer.bitCount(mask);
    }
}
