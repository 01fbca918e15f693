package org.tongxing.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.tongxing.account.UserAccount;
import org.tongxing.claim.Claim;
import org.tongxing.claim.ClaimStatus;
import org.tongxing.claim.ClaimantKind;
import org.tongxing.claim.ServiceLog;
import org.tongxing.common.ChinaTime;
import org.tongxing.common.Role;
import org.tongxing.common.VettingStatus;
import org.tongxing.need.Need;
import org.tongxing.need.NeedStatus;
import org.tongxing.organisation.Organisation;
import org.tongxing.timeline.CaseEventKind;
import org.tongxing.volunteer.Volunteer;

/**
 * Gives every claimed, in-progress and fulfilled demo need the claim that put it there, made by an eligible
 * volunteer or organisation, with services logged and (for fulfilled ones) a confirmation and rating.
 */
final class DemoClaims {

    private static final List<String> PLANS = List.of("每周六上午上门一次，持续两个月。", "先电话了解情况，再约时间上门服务。",
            "联系机构志愿者分批跟进，每两周反馈一次。", "本周内送达物资并协助安装。");

    private final DemoPeople people;
    private final DemoClock clock;
    private final DemoTimeline timeline;
    private final Map<Long, Integer> openClaims = new HashMap<>();

    DemoClaims(DemoPeople people, DemoClock clock, DemoTimeline timeline) {
        this.people = people;
        this.clock = clock;
        this.timeline = timeline;
    }

    void create() {
        List<Volunteer> volunteers = Volunteer.list("vettingStatus = ?1 order by id", VettingStatus.VETTED);
        List<Organisation> organisations = Organisation.list("vettingStatus = ?1 order by id", VettingStatus.VETTED);
        Map<Long, Long> volunteerAccounts = accounts(Role.VOLUNTEER);
        Map<Long, Long> organisationAccounts = accounts(Role.ORG_MEMBER);
        List<Need> needs = Need.list("status in ?1 order by id",
                List.of(NeedStatus.CLAIMED, NeedStatus.IN_PROGRESS, NeedStatus.FULFILLED));
        for (Need need : needs) {
            Claim claim = new Claim();
            claim.needId = need.id;
            Volunteer volunteer = pickVolunteer(volunteers, need);
            if (volunteer != null && (people.chance(0.7) || organisations.isEmpty())) {
                claim.claimantKind = ClaimantKind.VOLUNTEER;
                claim.volunteerId = volunteer.id;
                claim.claimedBy = volunteerAccounts.get(volunteer.id);
            } else {
                Organisation organisation = pickOrganisation(organisations, need);
                claim.claimantKind = ClaimantKind.ORGANISATION;
                claim.organisationId = organisation.id;
                claim.claimedBy = organisationAccounts.get(organisation.id);
            }
            shape(claim, need);
        }
    }

    private void shape(Claim claim, Need need) {
        LocalDate today = ChinaTime.today();
        claim.plan = people.pick(PLANS);
        claim.createdAt = need.status == NeedStatus.CLAIMED ? clock.daysAgo(people.between(0, 4))
                : later(need.createdAt, people.between(1, 7));
        claim.updatedAt = claim.createdAt;
        claim.promisedBy = need.status == NeedStatus.FULFILLED
                ? claim.createdAt.atZone(ChinaTime.ZONE).toLocalDate().plusDays(people.between(7, 30))
                : today.plusDays(people.between(5, 40));
        claim.status = switch (need.status) {
            case CLAIMED -> ClaimStatus.PENDING;
            case IN_PROGRESS -> people.chance(0.5) ? ClaimStatus.DELIVERED : ClaimStatus.ACCEPTED;
            default -> ClaimStatus.CONFIRMED;
        };
        if (claim.status != ClaimStatus.PENDING) {
            claim.decidedAt = later(claim.createdAt, 1);
            openClaims.merge(claim.volunteerId == null ? -claim.organisationId : claim.volunteerId,
                    claim.status == ClaimStatus.CONFIRMED ? 0 : 1, Integer::sum);
        }
        if (claim.status == ClaimStatus.CONFIRMED) {
            claim.confirmedAt = later(claim.decidedAt, people.between(5, 20));
            claim.satisfaction = (short) (people.chance(0.92) ? people.between(4, 5) : people.between(2, 3));
        }
        claim.persist();
        timeline.record(need.householdId, need.id, claim.createdAt, CaseEventKind.NEED_CLAIMED,
                "Need claimed by " + claim.claimantKind,
                Map.of("claimId", claim.id, "claimantKind", claim.claimantKind));
        if (claim.status == ClaimStatus.DELIVERED || claim.status == ClaimStatus.CONFIRMED) {
            logServices(claim, need);
        }
    }

    private void logServices(Claim claim, Need need) {
        int count = people.between(1, 3);
        for (int i = 0; i < count; i++) {
            ServiceLog log = new ServiceLog();
            log.claimId = claim.id;
            log.needId = need.id;
            log.householdId = need.householdId;
            log.volunteerId = claim.volunteerId;
            log.organisationId = claim.organisationId;
            log.category = need.category;
            log.createdAt = later(claim.decidedAt, 2 + i * 3);
            log.servedOn = log.createdAt.atZone(ChinaTime.ZONE).toLocalDate();
            log.hours = BigDecimal.valueOf(people.between(2, 8)).divide(BigDecimal.valueOf(2));
            log.personTimes = people.between(1, 3);
            log.loggedBy = claim.claimedBy;
            log.persist();
            if (i == 0) {
                claim.deliveredAt = log.createdAt;
            }
        }
    }

    /** An eligible volunteer with room for another open claim, preferring the least loaded. */
    private Volunteer pickVolunteer(List<Volunteer> volunteers, Need need) {
        List<Volunteer> eligible = new ArrayList<>(volunteers.stream().filter(v -> v.skills.contains(need.category))
                .filter(v -> openClaims.getOrDefault(v.id, 0) < 3).toList());
        if (eligible.isEmpty()) {
            return null;
        }
        eligible.sort(Comparator.comparing(v -> openClaims.getOrDefault(v.id, 0)));
        return eligible.get(people.between(0, Math.min(4, eligible.size() - 1)));
    }

    private Organisation pickOrganisation(List<Organisation> organisations, Need need) {
        List<Organisation> serving = organisations.stream().filter(o -> o.serviceCategories.contains(need.category))
                .toList();
        return serving.isEmpty() ? organisations.get(0) : people.pick(serving);
    }

    private Instant later(Instant from, int days) {
        Instant candidate = from.plus(days, ChronoUnit.DAYS);
        return candidate.isAfter(clock.now()) ? clock.now() : candidate;
    }

    private static Map<Long, Long> accounts(Role role) {
        Map<Long, Long> byLink = new HashMap<>();
        for (UserAccount a : UserAccount.<UserAccount>list("role", role)) {
            byLink.put(role == Role.VOLUNTEER ? a.volunteerId : a.organisationId, a.id);
        }
        return byLink;
    }
}
