package org.tongxing.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jboss.logging.Logger;
import org.tongxing.account.UserAccount;
import org.tongxing.claim.ServiceLog;
import org.tongxing.common.ChinaTime;
import org.tongxing.common.Role;
import org.tongxing.common.VettingStatus;
import org.tongxing.household.Household;
import org.tongxing.matching.Answer;
import org.tongxing.matching.CommitmentContact;
import org.tongxing.matching.CommitmentReview;
import org.tongxing.matching.CommitmentStage;
import org.tongxing.matching.CommitmentStatus;
import org.tongxing.matching.ContactChannel;
import org.tongxing.matching.Dimension;
import org.tongxing.matching.EndKind;
import org.tongxing.matching.MatchingEvent;
import org.tongxing.matching.Pairing;
import org.tongxing.matching.ReviewKind;
import org.tongxing.matching.Rhythm;
import org.tongxing.matching.domain.Candidate;
import org.tongxing.matching.domain.Family;
import org.tongxing.matching.domain.KeptApart;
import org.tongxing.matching.run.MatchFacts;
import org.tongxing.matching.solver.Eligibility;
import org.tongxing.need.Need;
import org.tongxing.need.NeedStatus;
import org.tongxing.timeline.CaseEventKind;
import org.tongxing.timeline.CaseHistory;
import org.tongxing.volunteer.Volunteer;

/**
 * Long-term pairs of the demo district in every state a person trying the demo should meet: a trial waiting for the
 * volunteer, a trial handed over, formal pairs with a contact log and reviews, a quiet one at each alert level, and
 * one ended with its goal reached. Each pair follows the solver's own eligibility rule (so capacities and conflicts
 * hold) and is written as the services would have left it, with its timeline; the demo accounts "volunteer" and
 * "family" each hold a live one. Deterministic: the needs and volunteers are taken in id order.
 */
final class DemoCommitments {

    private static final Logger LOG = Logger.getLogger(DemoCommitments.class);

    /** How one demo pair's life went, in days before the load; null where that step never happened. */
    private record Life(int begun, boolean confirmed, Integer formal, List<Integer> contacts, int quietLevel,
            List<Review> reviews, Integer ended, EndKind endKind) {
    }

    private record Review(ReviewKind kind, int familyRating, int volunteerRating, String outcomes, boolean improved) {
    }

    private static final Review MID_BETTER = new Review(ReviewKind.MIDTERM, 5, 4, "SCHOOLING:BETTER,PSYCHOLOGY:SAME",
            true);
    private static final Review MID_SAME = new Review(ReviewKind.MIDTERM, 3, 4, "DAILY_LIFE:SAME,HEALTH:SAME", false);
    private static final Review FINAL_BETTER = new Review(ReviewKind.FINAL, 5, 5, "SCHOOLING:BETTER,DAILY_LIFE:BETTER",
            true);

    /** The family's own pair (formal, reviewed), then the demo volunteer's, then the rest of the states. */
    private static final List<Life> LIVES = List.of(
            new Life(75, true, 40, List.of(70, 56, 42, 28, 14, 5), 0, List.of(MID_BETTER), null, null),
            new Life(10, true, null, List.of(6, 2), 0, List.of(), null, null),
            new Life(1, false, null, List.of(), 0, List.of(), null, null),
            new Life(120, true, 85, List.of(110, 95, 80, 36), 1, List.of(MID_SAME), null, null),
            new Life(150, true, 115, List.of(140, 125, 60), 2, List.of(MID_BETTER), null, null),
            new Life(240, true, 205, List.of(230, 200, 170, 140, 110, 80, 50, 20), 0, List.of(MID_BETTER,
                    FINAL_BETTER), 15, EndKind.GOAL_REACHED));

    private static final List<String> SUMMARIES = List.of("上门辅导数学作业，和家长聊了孩子的学习习惯。", "电话了解近况，约定下次上门时间。",
            "陪孩子去图书馆，一起读了两本书。", "帮妈妈整理求职简历，介绍了社区招聘会。", "微信视频聊天，孩子说最近心情好多了。");
    private static final List<ContactChannel> CHANNELS = List.of(ContactChannel.HOME_VISIT, ContactChannel.PHONE,
            ContactChannel.GROUP_ACTIVITY, ContactChannel.HOME_VISIT, ContactChannel.MESSAGING);
    private static final List<Dimension> DIMENSIONS = List.of(Dimension.SCHOOLING, Dimension.DAILY_LIFE,
            Dimension.SCHOOLING, Dimension.EMPLOYMENT, Dimension.PSYCHOLOGY);

    private final DemoClock clock;
    private final DemoTimeline timeline;
    private final Set<Long> pairedNeeds = new LinkedHashSet<>();

    DemoCommitments(DemoClock clock, DemoTimeline timeline) {
        this.clock = clock;
        this.timeline = timeline;
    }

    void create() {
        UserAccount family = account("family");
        UserAccount cadre = account("cadre");
        long demoVolunteer = account("volunteer").volunteerId;
        roomFor(demoVolunteer);
        List<Long> everyone = Volunteer.<Volunteer>list("vettingStatus = ?1 and areaCode like ?2 order by id",
                VettingStatus.VETTED, DemoDistrict.DISTRICT + "%").stream().map(v -> v.id).toList();
        List<Long> demo = List.of(demoVolunteer);
        // The demo family with the demo volunteer if the rule allows; else each with someone else.
        Long first = pair(familyNeeds(family.householdId), demo, LIVES.get(0), family, cadre);
        if (first == null) {
            first = pair(familyNeeds(family.householdId), everyone, LIVES.get(0), family, cadre);
        }
        Long second = first != null && first == demoVolunteer ? pair(open(), everyone, LIVES.get(1), family, cadre)
                : pair(open(), demo, LIVES.get(1), family, cadre);
        if (second == null && (first == null || first != demoVolunteer)) {
            widenSkills(demoVolunteer);
            second = pair(open(), demo, LIVES.get(1), family, cadre);
        }
        for (Life life : LIVES.subList(2, LIVES.size())) {
            pair(open(), everyone, life, family, cadre);
        }
        if (first == null || second == null) {
            LOG.warn("The demo district has no live pair for the demo family or the demo volunteer");
        }
    }

    private static List<Need> open() {
        return Need.list("status = ?1 and areaCode like ?2 order by longTerm desc, id", NeedStatus.OPEN,
                DemoDistrict.DISTRICT + "%");
    }

    /** The demo volunteer keeps one place free for their pair: their claims may have taken every place they gave. */
    private static void roomFor(long volunteerId) {
        Candidate c = MatchFacts.volunteer(volunteerId);
        if (c.freePlaces() <= 0) {
            Volunteer v = Volunteer.findById(volunteerId);
            v.capacity = (short) (c.currentLoad() + 1);
        }
    }

    /** The demo family's open needs, long-term ones first. */
    private static List<Need> familyNeeds(long householdId) {
        return Need.list("householdId = ?1 and status = ?2 order by longTerm desc, id", householdId, NeedStatus.OPEN);
    }

    /**
     * If no open need is one the demo volunteer may take, they also offer the category of the first open need (a
     * volunteer's skills are theirs to declare): the rule still decides, over their profile as it then stands.
     */
    private static void widenSkills(long volunteerId) {
        Volunteer v = Volunteer.findById(volunteerId);
        open().stream().findFirst().ifPresent(n -> v.skills.add(n.category));
        Volunteer.flush();
    }

    /** Pairs the first open need (of the given order) that one of the volunteers (in order) may take; who took it. */
    private Long pair(List<Need> needs, List<Long> volunteers, Life life, UserAccount family, UserAccount cadre) {
        Map<Long, Candidate> candidates = candidates(volunteers);
        for (Need need : needs) {
            if (pairedNeeds.contains(need.id) || need.status != NeedStatus.OPEN) {
                continue;
            }
            Long volunteer = volunteerFor(need, volunteers, candidates);
            if (volunteer != null) {
                pairedNeeds.add(need.id);
                live(need, volunteer, life, family, cadre);
                Pairing.flush();
                return volunteer;
            }
        }
        return null;
    }

    /** Each volunteer with their current load, read once per pair (a pair made changes the load). */
    private static Map<Long, Candidate> candidates(List<Long> volunteers) {
        Map<Long, Candidate> found = new HashMap<>();
        volunteers.forEach(id -> found.computeIfAbsent(id, MatchFacts::volunteer));
        return found;
    }

    private static Long volunteerFor(Need need, List<Long> volunteers, Map<Long, Candidate> candidates) {
        Family family = MatchFacts.family(need.householdId);
        if (family == null) {
            return null;
        }
        Set<KeptApart> conflicts = MatchFacts.conflicts(need.householdId);
        for (long id : volunteers) {
            Candidate c = candidates.get(id);
            if (c != null && Eligibility.refusalForPair(c, family, need.category, conflicts) == null) {
                return id;
            }
        }
        return null;
    }

    private void live(Need need, long volunteerId, Life life, UserAccount family, UserAccount cadre) {
        Household household = Household.findById(need.householdId);
        UserAccount helper = UserAccount.<UserAccount>find("volunteerId = ?1 and role = ?2", volunteerId,
                Role.VOLUNTEER).firstResult();
        Instant begun = clock.daysAgo(life.begun());
        Pairing p = new Pairing();
        p.needId = need.id;
        p.householdId = household.id;
        p.volunteerId = volunteerId;
        p.status = CommitmentStatus.ACTIVE;
        p.since = begun;
        p.createdBy = cadre.id;
        p.updatedAt = begun;
        p.stage = CommitmentStage.TRIAL;
        p.trialEndsOn = day(begun).plusDays(30);
        p.volunteerAnswer = life.confirmed() ? Answer.CONFIRMED : Answer.PENDING;
        p.volunteerAnswerDue = begun.plus(Duration.ofDays(3));
        p.volunteerSharesPhone = life.confirmed();
        p.rhythm = Rhythm.FORTNIGHTLY;
        p.persist();
        need.status = NeedStatus.IN_PROGRESS;
        need.updatedAt = begun;
        record(new MatchingEvent.PairingStarted(p, need, null), begun);
        if (life.confirmed()) {
            consent(p, life, household, need, family);
        }
        life.contacts().forEach(days -> contact(p, household, helper, days));
        p.quietLevel = (short) life.quietLevel();
        life.reviews().forEach(r -> review(p, r, household, family, helper, cadre));
        if (life.ended() != null) {
            end(p, need, life);
        }
    }

    private void consent(Pairing p, Life life, Household household, Need need, UserAccount family) {
        Instant confirmed = p.since.plus(Duration.ofDays(1));
        record(step(p, CaseEventKind.COMMITMENT_CONFIRMED, p.volunteerId), confirmed);
        p.householdConsentedAt = p.since.plus(Duration.ofDays(2));
        p.householdConsentedBy = household.id.equals(family.householdId) ? family.id : p.createdBy;
        record(step(p, CaseEventKind.COMMITMENT_CONSENTED, null), p.householdConsentedAt);
        if (life.formal() != null) {
            p.stage = CommitmentStage.FORMAL;
            p.formalSince = clock.daysAgo(life.formal());
            record(step(p, CaseEventKind.COMMITMENT_FORMAL, null), p.formalSince);
        }
        p.updatedAt = p.householdConsentedAt;
    }

    private void contact(Pairing p, Household household, UserAccount helper, int daysAgo) {
        int n = Math.floorMod(daysAgo + p.id.intValue(), SUMMARIES.size());
        Instant at = clock.daysAgo(daysAgo);
        ServiceLog log = new ServiceLog();
        log.householdId = household.id;
        log.volunteerId = p.volunteerId;
        log.pairingId = p.id;
        log.needId = p.needId;
        log.category = DIMENSIONS.get(n).category;
        log.servedOn = day(at);
        log.hours = BigDecimal.valueOf(n % 2 == 0 ? 2 : 1);
        log.personTimes = CHANNELS.get(n) == ContactChannel.PHONE ? 1 : 2;
        log.note = SUMMARIES.get(n);
        log.loggedBy = helper.id;
        log.createdAt = at;
        log.persist();
        CommitmentContact c = new CommitmentContact();
        c.serviceLogId = log.id;
        c.pairingId = p.id;
        c.channel = CHANNELS.get(n);
        c.dimensions = DIMENSIONS.get(n).name();
        c.participants = log.personTimes == 1 ? "志愿者" : "志愿者,孩子";
        c.createdAt = at;
        c.persist();
        p.lastContactOn = p.lastContactOn == null || log.servedOn.isAfter(p.lastContactOn) ? log.servedOn
                : p.lastContactOn;
        record(step(p, CaseEventKind.COMMITMENT_CONTACT, p.volunteerId), at);
    }

    private void review(Pairing p, Review r, Household household, UserAccount family, UserAccount helper,
            UserAccount cadre) {
        CommitmentReview review = new CommitmentReview();
        review.pairingId = p.id;
        review.householdId = household.id;
        review.kind = r.kind();
        review.familyRating = (short) r.familyRating();
        review.familyComment = r.familyRating() >= 5 ? "孩子很喜欢这位志愿者，成绩也有进步。" : "联系还可以再多一些。";
        review.familyBy = household.id.equals(family.householdId) ? family.id : cadre.id;
        review.volunteerRating = (short) r.volunteerRating();
        review.volunteerComment = "家庭配合很好。";
        review.volunteerBy = helper.id;
        review.outcomes = r.outcomes();
        review.improved = r.improved();
        review.outcomeBy = cadre.id;
        review.updatedAt = r.kind() == ReviewKind.FINAL ? clock.daysAgo(16)
                : p.since.plus(Duration.ofDays(45));
        review.persist();
    }

    private void end(Pairing p, Need need, Life life) {
        p.status = CommitmentStatus.ENDED;
        p.endedAt = clock.daysAgo(life.ended());
        p.endKind = life.endKind();
        p.endReason = "一年陪伴期满，孩子已适应新学校 / a year together, the child has settled at the new school";
        p.updatedAt = p.endedAt;
        need.status = NeedStatus.FULFILLED;
        need.updatedAt = p.endedAt;
        record(new MatchingEvent.PairingEnded(p, MatchingEvent.Cause.CASE_WORKER, need.status), p.endedAt);
    }

    private static MatchingEvent.CommitmentStep step(Pairing p, org.tongxing.timeline.CaseEventKind kind,
            Long volunteerId) {
        return new MatchingEvent.CommitmentStep(MatchingEvent.Of.PAIRING, p.id, p.householdId, p.needId, kind,
                volunteerId);
    }

    private void record(CaseHistory event, Instant at) {
        timeline.record(event.householdId(), event.needId(), at, event.kind(), event.summary(), event.details());
    }

    private static UserAccount account(String username) {
        return UserAccount.find("username", username).firstResult();
    }

    private static LocalDate day(Instant at) {
        return at.atZone(ChinaTime.ZONE).toLocalDate();
    }
}
