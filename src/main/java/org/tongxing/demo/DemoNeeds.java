package org.tongxing.demo;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tongxing.household.Composition;
import org.tongxing.household.Household;
import org.tongxing.household.HouseholdMember;
import org.tongxing.need.Need;
import org.tongxing.need.NeedCategory;
import org.tongxing.need.NeedStatus;
import org.tongxing.need.PublicText;
import org.tongxing.need.Urgency;
import org.tongxing.need.Visibility;
import org.tongxing.timeline.CaseEventKind;

/**
 * About 400 needs in every status and at every escalation level, worded as workers write them, each fitting its
 * household: children's needs where there are children, elderly care where there are elderly people, the
 * "lives alone" wording only for an elderly person living alone. Every pillar mother (a single mother's file)
 * has needs in two of the five dimensions of the 1+3+1 programme.
 */
final class DemoNeeds {

    /** Who a wording speaks of; a household fits it when it has such a member. */
    private enum Fit {
        ANYONE, CHILD, ELDER, ELDER_ALONE, MOTHER
    }

    private record Wording(String text, Fit fit) {
    }

    private static final Map<NeedCategory, List<Wording>> WORDING = Map.of(
            NeedCategory.TUTORING, List.of(new Wording("孩子读小学四年级，数学成绩跟不上，希望每周有人辅导两次作业。", Fit.CHILD),
                    new Wording("初二学生英语基础薄弱，家长白天上班无法辅导，希望周末有志愿者帮忙。", Fit.CHILD),
                    new Wording("家长希望学习如何与青春期孩子沟通，需要家庭教育指导。", Fit.CHILD)),
            NeedCategory.PSYCHOLOGICAL_SUPPORT, List.of(new Wording("孩子父亲去世后情绪低落，不愿与人交流，需要心理疏导。", Fit.MOTHER),
                    new Wording("母亲独自抚养孩子，压力很大，经常失眠，希望有心理咨询师陪伴。", Fit.MOTHER),
                    new Wording("孩子在学校受到排挤，近期出现厌学情绪，需要长期心理陪伴。", Fit.CHILD),
                    new Wording("家中变故后情绪低落，希望有人定期聊聊。", Fit.ANYONE)),
            NeedCategory.JOB_TRAINING, List.of(new Wording("母亲有意学习家政或育婴技能，希望参加免费培训并推荐灵活就业岗位。", Fit.MOTHER),
                    new Wording("希望学习电商直播卖茶叶，增加家庭收入。", Fit.ANYONE),
                    new Wording("想找一份能照顾孩子上下学的工作，需要就业指导。", Fit.CHILD)),
            NeedCategory.COMPANIONSHIP, List.of(new Wording("独居老人行动不便，希望每周有人上门陪伴聊天、读报。", Fit.ELDER_ALONE),
                    new Wording("老人子女在外地，节假日希望有志愿者探望。", Fit.ELDER),
                    new Wording("孩子放学后无人照看，希望有人陪伴。", Fit.CHILD),
                    new Wording("母亲一人带孩子，很少有机会与人交流，希望有志愿者常来坐坐。", Fit.MOTHER)),
            NeedCategory.DAILY_LIVING, List.of(new Wording("家中热水器损坏，冬天洗澡困难，需要维修或更换。", Fit.ANYONE),
                    new Wording("孩子需要一张书桌和台灯。", Fit.CHILD),
                    new Wording("老人需要轮椅一台，联系电话13905991234（社区代为联系）。", Fit.ELDER),
                    new Wording("屋顶漏雨，需要修缮。", Fit.ANYONE)),
            NeedCategory.LEGAL_AID, List.of(new Wording("离婚后前夫拒付抚养费，需要法律咨询和援助。", Fit.MOTHER),
                    new Wording("房屋拆迁补偿有纠纷，需要律师指导。", Fit.ANYONE)),
            NeedCategory.MEDICAL_REHABILITATION, List.of(new Wording("孩子患自闭症，需要康复训练资源对接。", Fit.CHILD),
                    new Wording("老人中风后需要康复指导，每周两次上门。", Fit.ELDER),
                    new Wording("需要协助申请大病医疗救助。", Fit.ANYONE)),
            NeedCategory.SCHOLARSHIP, List.of(new Wording("孩子考上高中，学费和住宿费有困难，希望结对助学。", Fit.CHILD),
                    new Wording("孩子明年上大学，需要助学金，家庭为低保户。", Fit.CHILD)));

    /** The five dimensions of the Nanping 1+3+1 programme, in which a pillar mother's needs lie. */
    private static final List<NeedCategory> FIVE_DIMENSIONS = List.of(NeedCategory.JOB_TRAINING,
            NeedCategory.TUTORING, NeedCategory.PSYCHOLOGICAL_SUPPORT, NeedCategory.COMPANIONSHIP,
            NeedCategory.DAILY_LIVING);

    /** Born on or after this day: a child (under 18 on the demo's day); born before {@link #ELDER}: elderly. */
    private static final LocalDate CHILD = LocalDate.of(2008, 12, 1);
    private static final LocalDate ELDER = LocalDate.of(1964, 1, 1);

    /** Wording that asks for regular help over months: such needs ask for a long-term partner (结对). */
    private static final List<String> LONG_TERM_WORDS = List.of("每周", "长期", "结对");

    private static final List<NeedStatus> STATUSES = DemoHouseholds.weighted(Map.of(
            NeedStatus.OPEN, 35, NeedStatus.CLAIMED, 10, NeedStatus.IN_PROGRESS, 20, NeedStatus.FULFILLED, 28,
            NeedStatus.CANCELLED, 7));
    private static final List<Urgency> URGENCIES = DemoHouseholds.weighted(Map.of(
            Urgency.LOW, 15, Urgency.NORMAL, 50, Urgency.HIGH, 27, Urgency.CRITICAL, 8));

    private final DemoPeople people;
    private final DemoClock clock;
    private final DemoTimeline timeline;

    DemoNeeds(DemoPeople people, DemoClock clock, DemoTimeline timeline) {
        this.people = people;
        this.clock = clock;
        this.timeline = timeline;
    }

    void create(List<Household> households, int count) {
        List<Household> mothers = households.stream().filter(h -> h.composition == Composition.SINGLE_MOTHER)
                .toList();
        List<Household> others = households.stream().filter(h -> h.composition != Composition.SINGLE_MOTHER)
                .toList();
        int made = 0;
        for (Household mother : mothers) {
            // Two different dimensions each, so that a 1+3+1 group has more than one need to cover.
            List<NeedCategory> dimensions = fitting(mother, FIVE_DIMENSIONS);
            int first = people.between(0, dimensions.size() - 1);
            int second = (first + people.between(1, dimensions.size() - 1)) % dimensions.size();
            for (NeedCategory category : List.of(dimensions.get(first), dimensions.get(second))) {
                if (made < count) {
                    need(mother, category);
                    made++;
                }
            }
        }
        for (int i = 0; made < count; i++, made++) {
            Household household = others.get((i * 7) % others.size());
            need(household, people.pick(fitting(household, categoriesFor(household.composition))));
        }
    }

    /** The categories among those given for which the household has fitting wording. */
    private static List<NeedCategory> fitting(Household h, List<NeedCategory> categories) {
        List<NeedCategory> fit = categories.stream().filter(c -> !wordingFor(h, c).isEmpty()).toList();
        return fit.isEmpty() ? List.of(NeedCategory.DAILY_LIVING) : fit;
    }

    private static List<String> wordingFor(Household h, NeedCategory category) {
        Set<Fit> fits = fits(h);
        return WORDING.get(category).stream().filter(w -> fits.contains(w.fit())).map(Wording::text).toList();
    }

    private static Set<Fit> fits(Household h) {
        Set<Fit> fits = EnumSet.of(Fit.ANYONE);
        if (h.members.stream().anyMatch(m -> !m.birthDate.isBefore(CHILD))) {
            fits.add(Fit.CHILD);
        }
        if (h.members.stream().anyMatch(m -> m.birthDate.isBefore(ELDER))) {
            fits.add(Fit.ELDER);
        }
        if (h.composition == Composition.ELDERLY_ALONE) {
            fits.add(Fit.ELDER_ALONE);
        }
        if (h.composition == Composition.SINGLE_MOTHER) {
            fits.add(Fit.MOTHER);
        }
        return fits;
    }

    private void need(Household h, NeedCategory category) {
        Need n = new Need();
        n.householdId = h.id;
        n.areaCode = h.areaCode;
        n.category = category;
        n.description = people.pick(wordingFor(h, category));
        n.longTerm = LONG_TERM_WORDS.stream().anyMatch(n.description::contains);
        n.memberId = memberFor(h, n.category);
        n.urgency = people.pick(URGENCIES);
        n.status = people.pick(STATUSES);
        n.visibility = visibilityFor(n.status);
        // Unfinished needs are recent; finished ones reach back through the year.
        int age = n.status.isFinished() ? people.between(20, 300) : people.between(1, 75);
        n.createdAt = clock.daysAgo(age);
        n.updatedAt = n.createdAt;
        n.escalatedAt = n.createdAt;
        LocalDate posted = n.createdAt.atZone(ZoneOffset.UTC).toLocalDate();
        n.wantedBy = people.chance(0.8) ? posted.plusDays(people.between(14, 120)) : null;
        if (n.status == NeedStatus.CANCELLED) {
            n.cancelReason = "家庭情况变化，已通过其他渠道解决";
        }
        PublicText.refresh(n, h);
        n.persist();
        timeline.record(h.id, n.id, n.createdAt, CaseEventKind.NEED_POSTED, "Need posted: " + n.category,
                Map.of("category", n.category, "urgency", n.urgency));
        if (n.status == NeedStatus.CANCELLED) {
            timeline.record(h.id, n.id, n.createdAt, CaseEventKind.NEED_CANCELLED, "Need cancelled",
                    Map.of("from", NeedStatus.OPEN, "reason", n.cancelReason));
        }
    }

    private static List<NeedCategory> categoriesFor(Composition composition) {
        return switch (composition) {
            case SINGLE_MOTHER, SINGLE_FATHER -> List.of(NeedCategory.TUTORING, NeedCategory.JOB_TRAINING,
                    NeedCategory.PSYCHOLOGICAL_SUPPORT, NeedCategory.LEGAL_AID, NeedCategory.DAILY_LIVING);
            case ELDERLY_ALONE, ELDERLY_COUPLE -> List.of(NeedCategory.COMPANIONSHIP, NeedCategory.DAILY_LIVING,
                    NeedCategory.MEDICAL_REHABILITATION);
            case GRANDPARENT_CARER, UNSUPPORTED_CHILDREN -> List.of(NeedCategory.TUTORING, NeedCategory.COMPANIONSHIP,
                    NeedCategory.PSYCHOLOGICAL_SUPPORT, NeedCategory.SCHOLARSHIP);
            case DISABILITY -> List.of(NeedCategory.MEDICAL_REHABILITATION, NeedCategory.DAILY_LIVING,
                    NeedCategory.COMPANIONSHIP);
            default -> List.of(NeedCategory.values());
        };
    }

    /** Tutoring and scholarships concern a child; other needs concern the family as a whole. */
    private Long memberFor(Household h, NeedCategory category) {
        if (category != NeedCategory.TUTORING && category != NeedCategory.SCHOLARSHIP
                && category != NeedCategory.PSYCHOLOGICAL_SUPPORT) {
            return null;
        }
        List<HouseholdMember> young = h.members.stream()
                .filter(m -> m.birthDate.isAfter(LocalDate.of(2005, 1, 1))).toList();
        return young.isEmpty() ? null : people.pick(young).id;
    }

    /** Needs that reached a claimant were opened to the public; open ones sit at every level of the ladder. */
    private Visibility visibilityFor(NeedStatus status) {
        if (status == NeedStatus.OPEN || status == NeedStatus.CANCELLED) {
            return people.pick(List.of(Visibility.COMMUNITY, Visibility.STREET, Visibility.DISTRICT, Visibility.PUBLIC,
                    Visibility.PUBLIC));
        }
        return people.chance(0.8) ? Visibility.PUBLIC : Visibility.DISTRICT;
    }
}
