package org.tongxing.volunteer;

import java.time.DayOfWeek;

import io.quarkus.qute.TemplateGlobal;

/**
 * The days and parts of a day a volunteer's (or a family's) weekly availability is chosen from, and the travel
 * ranges, available to every template.
 */
@TemplateGlobal
public class VolunteerTemplateGlobals {

    static DayOfWeek[] weekdays = DayOfWeek.values();
    static WeeklyAvailability.DayPart[] dayParts = WeeklyAvailability.DayPart.values();
    static TravelRange[] travelRanges = TravelRange.values();
}
