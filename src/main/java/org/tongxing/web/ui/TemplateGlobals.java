package org.tongxing.web.ui;

import java.time.DayOfWeek;
import java.util.List;

import org.tongxing.account.Role;
import org.tongxing.common.VettingStatus;
import org.tongxing.household.Composition;
import org.tongxing.household.HardshipCategory;
import org.tongxing.household.Relation;
import org.tongxing.household.Tier;
import org.tongxing.need.NeedCategory;
import org.tongxing.need.Urgency;
import org.tongxing.volunteer.WeeklyAvailability;

import io.quarkus.qute.TemplateGlobal;

/** The choices forms offer, available to every template. */
@TemplateGlobal
public class TemplateGlobals {

    static NeedCategory[] categories = NeedCategory.values();
    static Urgency[] urgencies = Urgency.values();
    static Tier[] tiers = Tier.values();
    static HardshipCategory[] hardships = HardshipCategory.values();
    static Composition[] compositions = Composition.values();
    static Relation[] relations = Relation.values();
    /** Satisfaction ratings, best first. */
    static List<Integer> ratings = List.of(5, 4, 3, 2, 1);
    static DayOfWeek[] weekdays = DayOfWeek.values();
    static WeeklyAvailability.DayPart[] dayParts = WeeklyAvailability.DayPart.values();
    static Role[] roles = Role.values();
    static VettingStatus[] vettingStatuses = VettingStatus.values();
}
