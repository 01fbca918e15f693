package org.tongxing.demo;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

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

/** About 400 needs in every status and at every escalation level, worded as workers write them. */
final class DemoNeeds {

    private static final Map<NeedCategory, List<String>> WORDING = Map.of(
            NeedCategory.TUTORING, List.of("孩子读小学四年级，数学成绩跟不上，希望每周有人辅导两次作业。",
                    "初二学生英语基础薄弱，母亲白天上班无法辅导，希望周末有志愿者帮忙。",
                    "家长希望学习如何与青春期孩子沟通，需要家庭教育指导。"),
            NeedCategory.PSYCHOLOGICAL_SUPPORT, List.of("孩子父亲去世后情绪低落，不愿与人交流，需要心理疏导。",
                    "母亲独自抚养两个孩子，压力很大，经常失眠，希望有心理咨询师陪伴。",
                    "孩子在学校受到排挤，近期出现厌学情绪，需要长期心理陪伴。"),
            NeedCategory.JOB_TRAINING, List.of("母亲有意学习家政或育婴技能，希望参加免费培训并推荐灵活就业岗位。",
                    "希望学习电商直播卖茶叶，增加家庭收入。", "想找一份能照顾孩子上下学的工作，需要就业指导。"),
            NeedCategory.COMPANIONSHIP, List.of("独居老人行动不便，希望每周有人上门陪伴聊天、读报。",
                    "老人子女在外地，节假日希望有志愿者探望。", "留守儿童放学后无人照看，希望有人陪伴。"),
            NeedCategory.DAILY_LIVING, List.of("家中热水器损坏，冬天洗澡困难，需要维修或更换。",
                    "孩子需要一张书桌和台灯。", "老人需要轮椅一台，联系电话13905991234（社区代为联系）。",
                    "屋顶漏雨，需要修缮。"),
            NeedCategory.LEGAL_AID, List.of("离婚后前夫拒付抚养费，需要法律咨询和援助。", "房屋拆迁补偿有纠纷，需要律师指导。"),
            NeedCategory.MEDICAL_REHABILITATION, List.of("孩子患自闭症，需要康复训练资源对接。",
                    "老人中风后需要康复指导，每周两次上门。", "需要协助申请大病医疗救助。"),
            NeedCategory.SCHOLARSHIP, List.of("孩子考上高中，学费和住宿费有困难，希望结对助学。",
                    "大学新生需要助学金，家庭为低保户。"));

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
        for (int i = 0; i < count; i++) {
            Household household = households.get((i * 7) % households.size());
            need(household);
        }
    }

    private void need(Household h) {
        Need n = new Need();
        n.householdId = h.id;
        n.areaCode = h.areaCode;
        n.category = people.pick(categoriesFor(h.composition));
        n.description = people.pick(WORDING.get(n.category));
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
