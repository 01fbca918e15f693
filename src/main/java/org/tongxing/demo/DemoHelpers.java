package org.tongxing.demo;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tongxing.cadre.Cadre;
import org.tongxing.common.Gender;
import org.tongxing.common.VettingStatus;
import org.tongxing.household.Household;
import org.tongxing.household.HouseholdMember;
import org.tongxing.need.NeedCategory;
import org.tongxing.organisation.Organisation;
import org.tongxing.organisation.OrganisationKind;
import org.tongxing.volunteer.TravelRange;
import org.tongxing.volunteer.Volunteer;

/** The people and bodies who help: volunteers (some of them former beneficiaries), cadres, organisations. */
final class DemoHelpers {

    private static final Map<NeedCategory, List<String>> QUALIFICATIONS = Map.of(
            NeedCategory.PSYCHOLOGICAL_SUPPORT, List.of("国家二级心理咨询师", "心理健康指导师"),
            NeedCategory.TUTORING, List.of("教师资格证", "家庭教育指导师"),
            NeedCategory.LEGAL_AID, List.of("律师执业证", "法律职业资格证"),
            NeedCategory.MEDICAL_REHABILITATION, List.of("护士执业证", "康复治疗师"),
            NeedCategory.JOB_TRAINING, List.of("职业指导师", "高级育婴师"),
            NeedCategory.COMPANIONSHIP, List.of("社会工作者职业资格", "养老护理员"));
    private static final List<VettingStatus> VETTING = DemoHouseholds.weighted(Map.of(
            VettingStatus.VETTED, 80, VettingStatus.PENDING, 12, VettingStatus.REJECTED, 5, VettingStatus.SUSPENDED,
            3));

    private final DemoPeople people;
    private final DemoClock clock;

    DemoHelpers(DemoPeople people, DemoClock clock) {
        this.people = people;
        this.clock = clock;
    }

    void volunteers(List<String> compounds, List<Household> households, int count) {
        List<HouseholdMember> formerBeneficiaries = households.stream().flatMap(h -> h.members.stream())
                .filter(m -> m.birthDate.isAfter(LocalDate.of(1985, 1, 1))
                        && m.birthDate.isBefore(LocalDate.of(2006, 1, 1)))
                .limit(count / 10).toList();
        for (int i = 0; i < count; i++) {
            HouseholdMember former = i < formerBeneficiaries.size() ? formerBeneficiaries.get(i) : null;
            volunteer(people.pick(compounds), former);
        }
    }

    private void volunteer(String compound, HouseholdMember former) {
        Volunteer v = new Volunteer();
        v.gender = former != null ? former.gender : people.chance(0.65) ? Gender.FEMALE : Gender.MALE;
        LocalDate birth = people.birthDate(1965, 2003);
        v.name = former != null ? former.name : people.name(people.surname(), v.gender, birth);
        v.linkedMemberId = former != null ? former.id : null;
        v.phone = former != null && former.phone != null ? former.phone : people.phone();
        v.areaCode = former != null ? former.household.areaCode : compound;
        v.skills = skills();
        v.languages = languages();
        v.qualifications = qualifications(v.skills);
        v.availabilityMask = availability();
        v.capacity = (short) people.between(1, 3);
        v.vettingStatus = people.pick(VETTING);
        v.createdAt = clock.daysAgo(people.between(10, 600));
        v.vettedAt = v.vettingStatus == VettingStatus.PENDING ? null : v.createdAt;
        v.updatedAt = v.createdAt;
        v.bio = former != null ? "曾受到社区帮扶，现在希望帮助更多家庭。" : null;
        v.persist();
        said(v);
    }

    /**
     * What some volunteers said, from the id rather than the random stream so every other demo value stays: every
     * other one prefers the first of their skills, every sixth travels only in their own street.
     */
    private static void said(Volunteer v) {
        if (v.id % 2 == 0) {
            v.preferredCategories = EnumSet.of(v.skills.stream().sorted().findFirst().orElseThrow());
        }
        v.travelRange = v.id % 6 == 0 ? TravelRange.STREET : TravelRange.DISTRICT;
    }

    private Set<NeedCategory> skills() {
        Set<NeedCategory> skills = EnumSet.noneOf(NeedCategory.class);
        int count = people.between(1, 3);
        while (skills.size() < count) {
            skills.add(people.pick(List.of(NeedCategory.values())));
        }
        return skills;
    }

    private Set<String> languages() {
        Set<String> languages = new LinkedHashSet<>(List.of("zh"));
        if (people.chance(0.35)) {
            languages.add("nan");
        }
        if (people.chance(0.1)) {
            languages.add("hak");
        }
        if (people.chance(0.15)) {
            languages.add("en");
        }
        return languages;
    }

    private Set<String> qualifications(Set<NeedCategory> skills) {
        Set<String> result = new LinkedHashSet<>();
        for (NeedCategory skill : skills) {
            List<String> options = QUALIFICATIONS.get(skill);
            if (options != null && people.chance(0.5)) {
                result.add(people.pick(options));
            }
        }
        return result;
    }

    /** Mostly evenings and weekends, as most volunteers work during the day. */
    private int availability() {
        int mask = 0;
        for (int day = 0; day < 7; day++) {
            boolean weekend = day >= 5;
            for (int part = 0; part < 3; part++) {
                double p = weekend ? 0.5 : part == 2 ? 0.4 : 0.1;
                if (people.chance(p)) {
                    mask |= 1 << (day * 3 + part);
                }
            }
        }
        return mask == 0 ? 1 << (5 * 3 + 1) : mask;
    }

    void cadres(List<String> streets, List<String> communities) {
        cadre("区妇联", "主席", DemoDistrict.DISTRICT, 8);
        cadre("区妇联", "副主席", DemoDistrict.DISTRICT, 6);
        for (String street : streets) {
            cadre("街道妇联", "主席", street, 5);
            cadre("街道办事处", "民政专干", street, 4);
        }
        for (int i = 0; i < 4; i++) {
            cadre("社区妇联", "执委", communities.get(i * 3), 3);
        }
    }

    private void cadre(String unit, String title, String area, int capacity) {
        Cadre c = new Cadre();
        c.gender = people.chance(0.85) ? Gender.FEMALE : Gender.MALE;
        c.name = people.name(people.surname(), c.gender, people.birthDate(1970, 1990));
        c.phone = people.phone();
        c.unit = unit;
        c.title = title;
        c.areaCode = area;
        c.capacity = (short) capacity;
        c.createdAt = clock.daysAgo(700);
        c.updatedAt = c.createdAt;
        c.persist();
    }

    void organisations() {
        organisation("清溪区慈善总会", OrganisationKind.CHARITY, VettingStatus.VETTED,
                EnumSet.of(NeedCategory.DAILY_LIVING, NeedCategory.SCHOLARSHIP, NeedCategory.MEDICAL_REHABILITATION));
        organisation("阳光社会工作服务中心", OrganisationKind.SOCIAL_WORK_AGENCY, VettingStatus.VETTED,
                EnumSet.of(NeedCategory.PSYCHOLOGICAL_SUPPORT, NeedCategory.COMPANIONSHIP, NeedCategory.TUTORING));
        organisation("同心社工服务社", OrganisationKind.SOCIAL_WORK_AGENCY, VettingStatus.VETTED,
                EnumSet.of(NeedCategory.PSYCHOLOGICAL_SUPPORT, NeedCategory.JOB_TRAINING));
        organisation("清溪爱心家园志愿者协会", OrganisationKind.OTHER, VettingStatus.VETTED,
                EnumSet.of(NeedCategory.COMPANIONSHIP, NeedCategory.DAILY_LIVING));
        organisation("闽北茶业有限公司", OrganisationKind.ENTERPRISE, VettingStatus.VETTED,
                EnumSet.of(NeedCategory.JOB_TRAINING, NeedCategory.SCHOLARSHIP));
        organisation("清溪律师事务所公益法律服务队", OrganisationKind.OTHER, VettingStatus.VETTED,
                EnumSet.of(NeedCategory.LEGAL_AID));
        organisation("安和康复医院志愿服务队", OrganisationKind.OTHER, VettingStatus.PENDING,
                EnumSet.of(NeedCategory.MEDICAL_REHABILITATION));
        organisation("启明助学基金会", OrganisationKind.CHARITY, VettingStatus.SUSPENDED,
                EnumSet.of(NeedCategory.SCHOLARSHIP, NeedCategory.TUTORING));
    }

    private int organisationCount;

    private void organisation(String name, OrganisationKind kind, VettingStatus vetting, Set<NeedCategory> categories) {
        organisationCount++;
        Organisation o = new Organisation();
        o.name = name;
        o.kind = kind;
        o.creditCode = String.format("52%s%09dX", DemoDistrict.DISTRICT, organisationCount * 1234567L % 1_000_000_000);
        o.contactName = people.name(people.surname(), people.gender(), people.birthDate(1975, 1995));
        o.contactPhone = people.phone();
        o.areaCode = DemoDistrict.DISTRICT;
        o.vettingStatus = vetting;
        o.serviceCategories = categories;
        o.createdAt = clock.daysAgo(people.between(200, 700));
        o.vettedAt = vetting == VettingStatus.PENDING ? null : o.createdAt;
        o.updatedAt = o.createdAt;
        o.persist();
    }
}
