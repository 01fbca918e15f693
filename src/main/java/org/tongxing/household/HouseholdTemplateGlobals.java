package org.tongxing.household;

import io.quarkus.qute.TemplateGlobal;

/**
 * The tiers, hardship categories, compositions, relations, gender-wish targets and contact channels a case-file
 * form offers, available to every template.
 */
@TemplateGlobal
public class HouseholdTemplateGlobals {

    static Tier[] tiers = Tier.values();
    static HardshipCategory[] hardships = HardshipCategory.values();
    static Composition[] compositions = Composition.values();
    static Relation[] relations = Relation.values();
    static GenderWishFor[] wishTargets = GenderWishFor.values();
    static PreferredContact[] familyContactChannels = PreferredContact.values();
}
