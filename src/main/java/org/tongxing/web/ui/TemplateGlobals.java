package org.tongxing.web.ui;

import org.tongxing.household.Composition;
import org.tongxing.household.HardshipCategory;
import org.tongxing.household.Relation;
import org.tongxing.household.Tier;
import org.tongxing.need.NeedCategory;
import org.tongxing.need.Urgency;

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
}
