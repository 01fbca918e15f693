package org.tongxing.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.tongxing.account.UserAccount;
import org.tongxing.common.ChinaTime;
import org.tongxing.household.Composition;
import org.tongxing.household.Household;
import org.tongxing.organisation.Organisation;
import org.tongxing.programme.EvaluationRound;
import org.tongxing.programme.GoalMetric;
import org.tongxing.programme.Programme;
import org.tongxing.programme.ProgrammeMember;
import org.tongxing.programme.Rubric;
import org.tongxing.programme.RubricItem;
import org.tongxing.programme.Score;
import org.tongxing.timeline.CaseEventKind;

/**
 * One programme of this year: the street's pillar mothers, led by the demo organisation, with goals and a
 * submitted mid-term evaluation by the demo cadre.
 */
final class DemoProgramme {

    private static final Object[][] RUBRIC = {{"服务覆盖率", 25, 88}, {"服务质量与专业性", 25, 85}, {"家庭满意度", 20, 92},
            {"档案与记录完整性", 15, 80}, {"项目管理与资金使用", 15, 86}};

    private final DemoClock clock;
    private final DemoTimeline timeline;

    DemoProgramme(DemoClock clock, DemoTimeline timeline) {
        this.clock = clock;
        this.timeline = timeline;
    }

    void create() {
        UserAccount cadre = UserAccount.byUsername("cadre");
        LocalDate today = ChinaTime.today();
        Programme p = new Programme();
        p.name = "顶梁柱母亲" + today.getYear() + " · 清溪街道";
        p.areaCode = DemoAccounts.STREET;
        p.leadOrganisationId = Organisation.<Organisation>find("name", "阳光社会工作服务中心").firstResult().id;
        p.startsOn = LocalDate.of(today.getYear(), 1, 1);
        p.endsOn = LocalDate.of(today.getYear(), 12, 31);
        p.description = "为单亲母亲家庭提供“1+3+1”陪跑式帮扶：就业赋能、家庭教育、心理疏导、人文关怀与改善生活。";
        p.createdBy = cadre.id;
        p.createdAt = clock.daysAgo(300);
        p.updatedAt = p.createdAt;
        List<Household> mothers = Household.list("areaCode like ?1 and composition = ?2 order by id",
                DemoAccounts.STREET + "%",
                Composition.SINGLE_MOTHER);
        p.goals.put(GoalMetric.HOUSEHOLDS_SERVED, BigDecimal.valueOf(Math.max(1, mothers.size() * 4 / 5)));
        p.goals.put(GoalMetric.SERVICE_HOURS, BigDecimal.valueOf(200));
        p.goals.put(GoalMetric.PERSON_TIMES, BigDecimal.valueOf(150));
        p.goals.put(GoalMetric.VISITS, BigDecimal.valueOf(mothers.size() * 6L));
        for (int i = 0; i < RUBRIC.length; i++) {
            RubricItem item = new RubricItem();
            item.programme = p;
            item.position = (short) (i + 1);
            item.name = (String) RUBRIC[i][0];
            item.weight = BigDecimal.valueOf((Integer) RUBRIC[i][1]);
            item.maxScore = BigDecimal.valueOf(100);
            p.rubric.add(item);
        }
        p.persist();
        for (Household h : mothers) {
            member(p, h, cadre);
        }
        Programme.flush();
        midTerm(p, cadre);
    }

    private void member(Programme p, Household h, UserAccount cadre) {
        ProgrammeMember m = new ProgrammeMember();
        m.programmeId = p.id;
        m.householdId = h.id;
        m.joinedAt = p.createdAt;
        m.addedBy = cadre.id;
        m.persist();
        timeline.record(h.id, null, p.createdAt, CaseEventKind.PROGRAMME_JOINED, "Joined programme #" + p.id,
                Map.of("programmeId", p.id));
    }

    private void midTerm(Programme p, UserAccount cadre) {
        EvaluationRound r = new EvaluationRound();
        r.programmeId = p.id;
        r.kind = EvaluationRound.Kind.MID_TERM;
        r.evaluatorId = cadre.id;
        r.status = EvaluationRound.Status.SUBMITTED;
        Map<Long, BigDecimal> values = new HashMap<>();
        for (int i = 0; i < RUBRIC.length; i++) {
            BigDecimal score = BigDecimal.valueOf((Integer) RUBRIC[i][2]);
            r.scores.put(p.rubric.get(i).id, new Score(score, null));
            values.put(p.rubric.get(i).id, score);
        }
        r.weightedTotal = Rubric.weightedTotal(p.rubric.stream()
                .map(i -> new Rubric.Item(i.id, i.weight, i.maxScore)).toList(), values);
        r.comment = "项目推进有序，家庭满意度高；档案记录需进一步规范。";
        r.createdAt = clock.daysAgo(40);
        r.updatedAt = r.createdAt;
        r.submittedAt = r.createdAt;
        r.persist();
    }
}
