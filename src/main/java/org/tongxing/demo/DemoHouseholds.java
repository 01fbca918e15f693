package org.tongxing.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.tongxing.common.Gender;
import org.tongxing.household.Composition;
import org.tongxing.household.GenderWishFor;
import org.tongxing.household.HardshipCategory;
import org.tongxing.household.Household;
import org.tongxing.household.HouseholdMember;
import org.tongxing.household.PreferredContact;
import org.tongxing.household.Relation;
import org.tongxing.household.Tier;
import org.tongxing.timeline.CaseEventKind;

/** About 300 case files with members whose ages and relations fit the family's composition. */
final class DemoHouseholds {

    private static final List<Composition> COMPOSITIONS = weighted(Map.of(
            Composition.SINGLE_MOTHER, 30, Composition.ELDERLY_ALONE, 15, Composition.GRANDPARENT_CARER, 10,
            Composition.DISABILITY, 10, Composition.TWO_PARENT, 14, Composition.SINGLE_FATHER, 6,
            Composition.ELDERLY_COUPLE, 7, Composition.UNSUPPORTED_CHILDREN, 5, Composition.OTHER, 3));
    private static final List<HardshipCategory> CATEGORIES = weighted(Map.of(
            HardshipCategory.MINIMUM_ALLOWANCE, 40, HardshipCategory.MARGINAL, 20, HardshipCategory.EXTREMELY_POOR, 10,
            HardshipCategory.EXPENDITURE_HARDSHIP, 15, HardshipCategory.TEMPORARY_ASSISTANCE, 10, HardshipCategory.NONE,
            5));
    private static final List<String> DISABILITIES = List.of("肢体残疾二级", "视力残疾一级", "智力残疾三级", "听力残疾二级", "精神残疾二级");

    /** Every evening and all of Saturday and Sunday, in the 21-slot weekly mask. */
    private static final int EVENINGS_AND_WEEKENDS = 0b111_111_100_100_100_100_100;

    private final DemoPeople people;
    private final DemoClock clock;
    private final DemoTimeline timeline;

    DemoHouseholds(DemoPeople people, DemoClock clock, DemoTimeline timeline) {
        this.people = people;
        this.clock = clock;
        this.timeline = timeline;
    }

    List<Household> create(List<String> compounds, int count) {
        List<Household> households = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            households.add(household(compounds.get(i % compounds.size())));
        }
        return households;
    }

    private Household household(String compound) {
        Household h = new Household();
        h.areaCode = compound;
        h.addressLine = people.between(1, 24) + "栋" + people.between(1, 4) + "单元" + people.between(1, 18)
                + String.format("%02d", people.between(1, 4)) + "室";
        h.composition = people.pick(COMPOSITIONS);
        h.hardshipCategory = people.pick(CATEGORIES);
        h.tier = people.chance(0.25) ? Tier.INTENSIVE : people.chance(0.6) ? Tier.REGULAR : Tier.STABLE;
        h.consentDataProcessing = true;
        h.consentShareContact = people.chance(0.75);
        h.createdAt = clock.daysAgo(people.between(30, 720));
        h.updatedAt = h.createdAt;
        h.consentRecordedAt = h.createdAt;
        h.persist();
        timeline.record(h.id, null, h.createdAt, CaseEventKind.HOUSEHOLD_OPENED, "Case file opened",
                Map.of("tier", h.tier, "hardshipCategory", h.hardshipCategory));
        addMembers(h);
        said(h);
        return h;
    }

    /**
     * What some families said, from the file's id rather than the random stream, so every other demo value stays
     * as it was: most speak Mandarin, some Minnan first; half said when they are free (evenings and weekends);
     * every fourth single mother wishes a woman for herself; the contact channel cycles.
     */
    private static void said(Household h) {
        long id = h.id;
        if (id % 3 != 0) {
            h.languages = new ArrayList<>(id % 5 == 0 ? List.of("nan", "zh") : List.of("zh"));
        }
        if (id % 2 == 0) {
            h.availabilityMask = EVENINGS_AND_WEEKENDS;
        }
        if (h.composition == Composition.SINGLE_MOTHER && id % 4 == 1) {
            h.genderWish = Gender.FEMALE;
            h.genderWishFor = GenderWishFor.MOTHER;
        }
        h.contactChannel = PreferredContact.values()[(int) (id % PreferredContact.values().length)];
    }

    private void addMembers(Household h) {
        String surname = people.surname();
        HouseholdMember head = switch (h.composition) {
            case SINGLE_MOTHER -> member(h, surname, Relation.HEAD, Gender.FEMALE, 1978, 1995);
            case SINGLE_FATHER -> member(h, surname, Relation.HEAD, Gender.MALE, 1975, 1993);
            case ELDERLY_ALONE, ELDERLY_COUPLE, GRANDPARENT_CARER ->
                member(h, surname, Relation.HEAD, people.gender(), 1938, 1962);
            case UNSUPPORTED_CHILDREN -> member(h, surname, Relation.HEAD, people.gender(), 2009, 2016);
            default -> member(h, surname, Relation.HEAD, people.gender(), 1972, 1992);
        };
        h.contactMemberId = head.id;
        switch (h.composition) {
            case SINGLE_MOTHER, SINGLE_FATHER -> children(h, surname, Relation.CHILD, people.between(1, 3), 2008, 2022);
            case ELDERLY_COUPLE -> member(h, people.surname(), Relation.SPOUSE, opposite(head.gender), 1938, 1962);
            case GRANDPARENT_CARER -> children(h, surname, Relation.GRANDCHILD, people.between(1, 2), 2010, 2021);
            case UNSUPPORTED_CHILDREN -> children(h, surname, Relation.SIBLING, people.between(0, 2), 2012, 2020);
            case TWO_PARENT, DISABILITY, OTHER -> {
                member(h, people.surname(), Relation.SPOUSE, opposite(head.gender), 1972, 1992);
                children(h, surname, Relation.CHILD, people.between(0, 3), 2006, 2022);
            }
            default -> {
            }
        }
        if (h.composition == Composition.DISABILITY || people.chance(0.08)) {
            HouseholdMember member = people.pick(h.members);
            member.disability = people.pick(DISABILITIES);
        }
        if (h.composition == Composition.UNSUPPORTED_CHILDREN) {
            // Children have no phone of their own; the community worker is the contact.
            h.contactMemberId = null;
        }
    }

    private void children(Household h, String surname, Relation relation, int count, int fromYear, int toYear) {
        for (int i = 0; i < count; i++) {
            member(h, surname, relation, people.gender(), fromYear, toYear);
        }
    }

    private HouseholdMember member(Household h, String surname, Relation relation, Gender gender, int fromYear,
            int toYear) {
        HouseholdMember m = new HouseholdMember();
        m.household = h;
        m.relation = relation;
        m.gender = gender;
        m.birthDate = people.birthDate(fromYear, toYear);
        m.name = people.name(surname, gender, m.birthDate);
        m.idNumber = people.idNumber(m.birthDate, gender);
        boolean adult = m.birthDate.isBefore(LocalDate.now().minusYears(16));
        m.phone = adult ? people.phone() : null;
        m.createdAt = h.createdAt;
        m.updatedAt = h.createdAt;
        m.persist();
        h.members.add(m);
        timeline.record(h.id, null, h.createdAt, CaseEventKind.MEMBER_ADDED, "Member added: " + relation,
                Map.of("memberId", m.id, "relation", relation));
        return m;
    }

    private static Gender opposite(Gender gender) {
        return gender == Gender.FEMALE ? Gender.MALE : Gender.FEMALE;
    }

    static <T> List<T> weighted(Map<T, Integer> weights) {
        List<T> list = new ArrayList<>();
        weights.entrySet().stream().sorted(Map.Entry.comparingByKey((a, b) -> a.toString().compareTo(b.toString())))
                .forEach(e -> {
                    for (int i = 0; i < e.getValue(); i++) {
                        list.add(e.getKey());
                    }
                });
        return list;
    }
}
