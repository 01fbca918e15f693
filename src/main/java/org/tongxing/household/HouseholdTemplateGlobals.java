package org.tongxing.household;

import io.quarkus.qute.TemplateGlobal;

/** The tiers, hardship categories, compositions and relations a case-file form offers, available to every template. */
@TemplateGlobal
public class HouseholdTemplateGlobals {

    static Tier[] tiers = Tier.values();
    static HardshipCategory[] hardships = HardshipCategory.values();
    static Composition[] compositions = Composition.values();
    static Relation[] relations = Relation.values();
}
