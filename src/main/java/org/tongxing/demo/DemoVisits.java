package org.tongxing.demo;

import java.time.Instant;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.tongxing.account.UserAccount;
import org.tongxing.area.Area;
import org.tongxing.area.AreaLevel;
import org.tongxing.common.ChinaTime;
import org.tongxing.common.Role;
import org.tongxing.household.FollowUpConfig;
import org.tongxing.household.Household;
import org.tongxing.need.NeedCategory;
import org.tongxing.timeline.CaseEventKind;
import org.tongxing.visit.CheckResult;
import org.tongxing.visit.NoticedNeed;
import org.tongxing.visit.Visit;
import org.tongxing.visit.VisitChannel;
import org.tongxing.visit.VisitCode;
import org.tongxing.visit.VisitCodeSigner;

/**
 * Up to four past visits per household, one interval of its tier apart, by the social worker of its community
 * (each community gets one, as the double-hundred programme has it). About one household in five is overdue; the
 * demo worker's community has QR codes issued.
 */
final class DemoVisits {

    private static final List<String> FINDINGS = List.of("家中整洁，生活基本稳定。", "孩子按时上学，作业完成较好。",
            "老人腿脚不便，需要定期关心。", "家庭收入仍然紧张，已告知临时救助政策。", "母亲情绪有些低落，建议心理疏导跟进。",
            "房屋有漏水，需要协调修缮。", "孩子成绩有所下降，建议课业辅导。");
    private static final int MAX_VISITS = 4;

    private final Random random = new Random(DemoDataLoader.SEED + 7);
    private final DemoClock clock;
    private final DemoTimeline timeline;
    private final FollowUpConfig followUp;
    private final Map<String, Long> workers = new HashMap<>();

    DemoVisits(DemoClock clock, DemoTimeline timeline, FollowUpConfig followUp) {
        this.clock = clock;
        this.timeline = timeline;
        this.followUp = followUp;
    }

    void create(List<Household> households, String passwordHash) {
        communityWorkers(passwordHash);
        for (Household h : households) {
            visits(h);
            if (h.areaCode.startsWith(DemoAccounts.COMMUNITY)) {
                code(h);
            }
        }
    }

    private void communityWorkers(String passwordHash) {
        UserAccount demo = UserAccount.byUsername("worker");
        workers.put(demo.areaCode, demo.id);
        for (Area community : Area.<Area>list("level = ?1 and code like ?2 order by code", AreaLevel.COMMUNITY,
                DemoDistrict.DISTRICT + "%")) {
            if (!workers.containsKey(community.code)) {
                UserAccount a = new UserAccount();
                a.username = "worker-" + community.code.substring(6);
                a.displayName = community.nameZh + "社工";
                a.role = Role.WORKER;
                a.areaCode = community.code;
                a.enabled = true;
                a.passwordHash = passwordHash;
                a.passwordChangedAt = clock.now();
                a.createdAt = clock.now();
                a.updatedAt = clock.now();
                a.persist();
                workers.put(community.code, a.id);
            }
        }
    }

    private void visits(Household h) {
        Period interval = followUp.interval(h.tier);
        long days = interval.toTotalMonths() * 30 + interval.getDays();
        double lastAt = random.nextDouble() < 0.2 ? 1.05 + random.nextDouble() : 0.15 + 0.8 * random.nextDouble();
        List<Instant> times = new ArrayList<>();
        for (Instant at = clock.now().minus(Math.round(days * lastAt), ChronoUnit.DAYS); at.isAfter(h.createdAt)
                && times.size() < MAX_VISITS; at = at.minus(days, ChronoUnit.DAYS)) {
            times.add(0, at.minus(random.nextInt(240), ChronoUnit.MINUTES));
        }
        for (Instant at : times) {
            visit(h, at);
        }
    }

    private void visit(Household h, Instant at) {
        Visit v = new Visit();
        v.householdId = h.id;
        v.workerId = workers.get(h.areaCode.substring(0, 12));
        v.visitedAt = at;
        v.visitedOn = at.atZone(ChinaTime.ZONE).toLocalDate();
        v.channel = random.nextDouble() < 0.8 ? VisitChannel.QR_CODE : VisitChannel.RECORDED;
        v.findings = FINDINGS.get(random.nextInt(FINDINGS.size()));
        v.livingConditions = check();
        v.health = check();
        v.schooling = h.members.stream().anyMatch(m -> m.isMinorOn(v.visitedOn)) ? check() : CheckResult.NOT_APPLICABLE;
        if (random.nextDouble() < 0.15) {
            v.noticedNeeds
                    .add(new NoticedNeed(NeedCategory.values()[random.nextInt(NeedCategory.values().length)], null));
        }
        v.createdAt = at;
        v.persist();
        timeline.record(h.id, null, at, CaseEventKind.VISIT_RECORDED, "Home visit recorded",
                Map.of("visitId", v.id, "channel", v.channel, "visitedOn", v.visitedOn.toString()));
    }

    private CheckResult check() {
        double r = random.nextDouble();
        return r < 0.7 ? CheckResult.FINE : r < 0.93 ? CheckResult.CONCERN : CheckResult.SERIOUS;
    }

    private void code(Household h) {
        VisitCode code = new VisitCode();
        code.householdId = h.id;
        code.generation = 1;
        code.key = VisitCodeSigner.newKey();
        code.issuedAt = h.createdAt;
        code.issuedBy = workers.get(h.areaCode.substring(0, 12));
        code.persist();
    }
}
