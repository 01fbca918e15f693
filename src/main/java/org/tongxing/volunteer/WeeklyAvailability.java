package org.tongxing.volunteer;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * When someone is free in a typical week: 7 days x 3 parts of the day, kept as a 21-bit mask so that
 * overlap between a volunteer and a family is a single AND.
 */
public record WeeklyAvailability(int mask) {

    public enum DayPart {
        MORNING, AFTERNOON, EVENING
    }

    public static final int ALL = (1 << 21) - 1;
    public static final WeeklyAvailability NONE = new WeeklyAvailability(0);

    public WeeklyAvailability {
        if ((mask & ~ALL) != 0) {
            throw new IllegalArgumentException("Availability mask has bits outside the 21 weekly slots");
        }
    }

    /** Parses slot names such as {@code MONDAY_EVENING}. */
    public static WeeklyAvailability ofSlots(Collection<String> slots) {
        int mask = 0;
        for (String slot : slots) {
            mask |= 1 << index(slot);
        }
        return new WeeklyAvailability(mask);
    }

    public static boolean isSlotName(String slot) {
        try {
            index(slot);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public List<String> slots() {
        List<String> names = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            for (DayPart part : DayPart.values()) {
                if ((mask & (1 << bit(day, part))) != 0) {
                    names.add(day + "_" + part);
                }
            }
        }
        return names;
    }

    /** Number of weekly slots both are free in. */
    public int overlap(WeeklyAvailability other) {
        return Integer.bitCount(mask & other.mask);
    }

    public int size() {
        return Integer.bitCount(mask);
    }

    private static int bit(DayOfWeek day, DayPart part) {
        return (day.getValue() - 1) * 3 + part.ordinal();
    }

    private static int index(String slot) {
        int cut = slot == null ? -1 : slot.lastIndexOf('_');
        if (cut < 0) {
            throw new IllegalArgumentException("Not a weekly slot: " + slot);
        }
        return bit(DayOfWeek.valueOf(slot.substring(0, cut)), DayPart.valueOf(slot.substring(cut + 1)));
    }
}
