package org.tongxing.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.tongxing.account.UserAccount;
import org.tongxing.assistance.AssistanceKind;
import org.tongxing.assistance.AssistanceRecord;
import org.tongxing.assistance.Benefit;
import org.tongxing.assistance.BenefitKind;
import org.tongxing.assistance.BenefitStatus;
import org.tongxing.common.ChinaTime;
import org.tongxing.common.Role;
import org.tongxing.household.HardshipCategory;
import org.tongxing.household.Household;
import org.tongxing.household.HouseholdMember;
import org.tongxing.timeline.CaseEventKind;

/**
 * The benefits each household's category implies (低保 households receive the minimum living allowance, 特困 ones
 * extreme-poverty support, members with a disability the living subsidy, a few marginal households applied or were
 * refused) with re-check dates on the anniversary of the grant, so some fall due within the month; and the
 * Mid-Autumn and Spring Festival visits of last year for every household in hardship.
 */
final class DemoBenefits {

    private static final String VISITS_BY = "街道妇联";
    private final Random random = new Random(DemoDataLoader.SEED + 21);
    private final DemoTimeline timeline;
    private final LocalDate today = ChinaTime.today();

    DemoBenefits(DemoTimeline timeline) {
        this.timeline = timeline;
    }

    void create(List<Household> households) {
        List<UserAccount> workers = UserAccount.<UserAccount>list("role", Role.WORKER).stream()
                .sorted(Comparator.comparing((UserAccount a) -> a.areaCode.length()).reversed()).toList();
        for (Household h : households) {
            benefits(h);
            if (h.hardshipCategory != HardshipCategory.NONE) {
                long worker = workers.stream().filter(w -> h.areaCode.startsWith(w.areaCode)).findFirst()
                        .or(() -> workers.stream().findFirst()).map(w -> w.id).orElseThrow();
                festivalVisit(h, worker, MonthDay.of(9, 17), "中秋慰问：大米一袋、食用油一桶、月饼一盒");
                festivalVisit(h, worker, MonthDay.of(1, 25), "春节慰问：慰问金和年货");
            }
        }
    }

    private void benefits(Household h) {
        switch (h.hardshipCategory) {
            case MINIMUM_ALLOWANCE -> granted(h, null, BenefitKind.MINIMUM_LIVING, amount(560, 900), null);
            case EXTREMELY_POOR -> granted(h, null, BenefitKind.EXTREME_POVERTY, amount(1050, 1400), null);
            case TEMPORARY_ASSISTANCE -> granted(h, null, BenefitKind.TEMPORARY_ASSISTANCE, null, amount(1000, 3000));
            case EXPENDITURE_HARDSHIP -> granted(h, null, BenefitKind.MEDICAL_ASSISTANCE, null, amount(2000, 8000));
            case MARGINAL -> marginal(h);
            case NONE -> {
            }
        }
        for (HouseholdMember m : h.members) {
            if (m.disability != null && !m.disability.isBlank()) {
                granted(h, m.id, BenefitKind.DISABILITY_LIVING_SUBSIDY, amount(90, 130), null);
            }
        }
    }

    /** Some marginal households applied a few weeks ago; some were refused, with the reason. */
    private void marginal(Household h) {
        int draw = random.nextInt(6);
        if (draw < 2) {
            Benefit b = benefit(h, null, BenefitKind.MINIMUM_LIVING, BenefitStatus.APPLIED);
            b.appliedOn = today.minusDays(5 + random.nextInt(35));
            save(b);
        } else if (draw == 2) {
            Benefit b = benefit(h, null, BenefitKind.MINIMUM_LIVING, BenefitStatus.REFUSED);
            b.appliedOn = today.minusDays(120 + random.nextInt(100));
            b.decidedOn = b.appliedOn.plusDays(25);
            b.note = "家庭人均收入略高于当地低保标准，已告知临时救助和低保边缘政策。";
            save(b);
        }
    }

    private void granted(Household h, Long memberId, BenefitKind kind, BigDecimal monthly, BigDecimal oneOff) {
        Benefit b = benefit(h, memberId, kind, BenefitStatus.GRANTED);
        b.appliedOn = today.minusDays(60 + random.nextInt(660));
        b.decidedOn = b.appliedOn.plusDays(15 + random.nextInt(20));
        b.monthlyAmount = monthly;
        b.oneOffAmount = oneOff;
        if (monthly != null) {
            LocalDate anniversary = b.decidedOn.plusYears(1);
            while (anniversary.isBefore(today)) {
                anniversary = anniversary.plusYears(1);
            }
            b.recheckOn = anniversary;
        }
        save(b);
    }

    private Benefit benefit(Household h, Long memberId, BenefitKind kind, BenefitStatus status) {
        Benefit b = new Benefit();
        b.householdId = h.id;
        b.memberId = memberId;
        b.kind = kind;
        b.status = status;
        return b;
    }

    private void save(Benefit b) {
        b.createdAt = (b.decidedOn != null ? b.decidedOn : b.appliedOn).atStartOfDay(ChinaTime.ZONE).toInstant();
        b.updatedAt = b.createdAt;
        b.persist();
        timeline.record(b.householdId, null, b.createdAt, CaseEventKind.BENEFIT_RECORDED,
                "Benefit " + b.kind + " recorded as " + b.status, Map.of("kind", b.kind, "status", b.status));
    }

    private void festivalVisit(Household h, long worker, MonthDay day, String what) {
        LocalDate on = day.atYear(today.getYear());
        if (!on.isBefore(today)) {
            on = on.minusYears(1);
        }
        AssistanceRecord r = new AssistanceRecord();
        r.householdId = h.id;
        r.kind = AssistanceKind.FESTIVAL_VISIT;
        r.givenOn = on;
        r.amount = amount(200, 500);
        r.what = what;
        r.givenBy = VISITS_BY;
        r.recordedBy = worker;
        r.createdAt = on.atStartOfDay(ChinaTime.ZONE).toInstant();
        r.persist();
        timeline.record(h.id, null, r.createdAt, CaseEventKind.ASSISTANCE_GIVEN, "Assistance given: " + r.kind,
                Map.of("kind", r.kind, "givenOn", on.toString(), "amount", r.amount));
    }

    /** A round amount in yuan, in tens. */
    private BigDecimal amount(int from, int to) {
        return BigDecimal.valueOf((from + random.nextInt(to - from + 1)) / 10 * 10L).setScale(2);
    }
}
