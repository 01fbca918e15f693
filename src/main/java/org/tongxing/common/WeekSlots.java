package org.tongxing.common;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The weekly slot model volunteers and families share: 7 days x morning, afternoon, evening, named like
 * {@code MONDAY_EVENING} and kept as a 21-bit mask. In the kernel because a family (household) and a volunteer
 * both state their free times and the household feature may not import the volunteer feature.
 */
public final class WeekSlots {

    public static final String PATTERN = "^(MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)_(MORNING|AFTERNOON|EVENING)$";
    public static final String MESSAGE = "must be a day and part of day such as MONDAY_EVENING";
    public static final int ALL = (1 << 21) - 1;

    private enum DayPart {
        MORNING, AFTERNOON, EVENING
    }

    private WeekSlots() {
    }

    /** Parses slot names such as {@code MONDAY_EVENING}. */
    public static int mask(Collection<String> slots) {
        int mask = 0;
        for (String slot : slots) {
            mask |= 1 << index(slot);
        }
        return mask;
    }

    public static List<String> names(int mask) {
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

    public static boolean isSlotName(String slot) {
        try {
            index(slot);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
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
