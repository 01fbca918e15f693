package org.tongxing.visit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.tongxing.account.UserAccount;
import org.tongxing.account.Viewer;
import org.tongxing.common.ChinaTime;
import org.tongxing.common.InconsistentReference;
import org.tongxing.common.InvalidInput;
import org.tongxing.common.NotFound;
import org.tongxing.common.Page;
import org.tongxing.common.PageParams;
import org.tongxing.common.Role;
import org.tongxing.common.Timestamps;
import org.tongxing.household.FollowUpConfig;
import org.tongxing.household.Household;
import org.tongxing.household.HouseholdService;
import org.tongxing.need.NeedCategory;
import org.tongxing.need.NeedRequest;
import org.tongxing.need.NeedService;
import org.tongxing.privacy.AccessPolicy;
import org.tongxing.privacy.DisclosureLog;

import io.quarkus.panache.common.Sort;
import io.quarkus.security.ForbiddenException;

/**
 * Records home visits and answers when households are next due one. Visits are field work: only a WORKER or
 * CADRE whose area holds the household records them. Each visit lands on the household's timeline and, being
 * its newest, moves its next due date.
 */
@ApplicationScoped
public class VisitService {

    static final String PURPOSE = "FOLLOW_UP";

    @Inject
    HouseholdService households;

    @Inject
    AccessPolicy access;

    @Inject
    NeedService needs;

    @Inject
    VisitCodes codes;

    @Inject
    Event<VisitEvent> events;

    @Inject
    FollowUpConfig followUp;

    @Inject
    VisitConfig config;

    @Inject
    DisclosureLog disclosures;

    @Transactional
    public VisitView record(long householdId, VisitRequest request) {
        Household household = households.require(householdId);
        requireFieldWorker(household);
        VisitChannel channel = VisitChannel.RECORDED;
        if (request.qrToken() != null) {
            if (!codes.resolve(request.qrToken()).id.equals(household.id)) {
                throw new InconsistentReference("The visit code belongs to another household", "qrToken",
                        "belongs to another household");
            }
            channel = VisitChannel.QR_CODE;
        } else if (request.channel() != null) {
            if (request.channel() == VisitChannel.QR_CODE) {
                throw new InvalidInput("A checked-in visit needs the scanned code", "channel",
                        "QR_CODE needs a qrToken");
            }
            channel = request.channel();
        }
        Visit visit = newVisit(household, request, channel);
        visit.noticedNeeds.addAll(noticed(household, request));
        visit.persist();
        events.fire(new VisitEvent.Recorded(visit));
        return VisitView.from(visit, access.viewer().displayName());
    }

    /** The household's visits, newest first; reads by administrators are recorded as disclosures. */
    public Page<VisitView> list(long householdId, PageParams page) {
        Household household = households.require(householdId);
        access.requireHouseholdEdit(household);
        if (access.readIsDisclosure(household)) {
            disclosures.record(access.viewer(), householdId, List.of("visitFindings"), PURPOSE);
        }
        Page<Visit> found = Page.of(Visit.<Visit>find("householdId", Sort.descending("visitedAt", "id"), householdId),
                page, (Visit v) -> v);
        Map<Long, String> names = workerNames(found.items().stream().map(v -> v.workerId).toList());
        return found.map(v -> VisitView.from(v, names.get(v.workerId)));
    }

    public VisitPlan plan(long householdId) {
        Household household = households.require(householdId);
        access.requireHouseholdEdit(household);
        return plan(household, ChinaTime.today());
    }

    public VisitPlan plan(Household household, LocalDate today) {
        LocalDate opened = household.createdAt.atZone(ChinaTime.ZONE).toLocalDate();
        LocalDate last = Visit.getEntityManager()
                .createQuery("select max(v.visitedOn) from Visit v where v.householdId = :h and v.outcome = :met"
                        + " and v.channel in :visits", LocalDate.class)
                .setParameter("h", household.id).setParameter("met", VisitOutcome.MET)
                .setParameter("visits", List.of(VisitChannel.QR_CODE, VisitChannel.RECORDED)).getSingleResult();
        return VisitSchedule.plan(opened, last, followUp.interval(household.tier), today, config.dueSoonDays());
    }

    /** Refuses anyone but a WORKER or CADRE of the household's area, as a 404 if they may not even see it. */
    void requireFieldWorker(Household household) {
        Viewer v = access.viewer();
        if ((v.is(Role.WORKER) || v.is(Role.CADRE)) && v.covers(household.areaCode)) {
            return;
        }
        throw access.canRead(household) ? new ForbiddenException() : new NotFound("household", household.id);
    }

    private Visit newVisit(Household household, VisitRequest r, VisitChannel channel) {
        if ((r.latitude() == null) != (r.longitude() == null)) {
            String missing = r.latitude() == null ? "latitude" : "longitude";
            throw new InvalidInput("A location needs both latitude and longitude", missing,
                    "is required with the other coordinate");
        }
        Visit visit = new Visit();
        visit.householdId = household.id;
        visit.workerId = access.viewer().userId();
        visit.createdAt = Timestamps.now();
        // A scanned code proves presence now; only a visit entered afterwards may carry an earlier time.
        Instant at = channel == VisitChannel.QR_CODE || r.visitedAt() == null ? visit.createdAt : r.visitedAt();
        visit.visitedAt = at;
        visit.visitedOn = at.atZone(ChinaTime.ZONE).toLocalDate();
        visit.channel = channel;
        visit.outcome = r.outcome() == null ? VisitOutcome.MET : r.outcome();
        visit.latitude = r.latitude();
        visit.longitude = r.longitude();
        visit.locationNote = blankToNull(r.locationNote());
        visit.findings = blankToNull(r.findings());
        visit.livingConditions = r.livingConditions();
        visit.health = r.health();
        visit.schooling = r.schooling();
        return visit;
    }

    /** Posts the findings meant as needs (through the need service, so they start on the ladder like any other). */
    private List<NoticedNeed> noticed(Household household, VisitRequest r) {
        Map<NeedCategory, Long> noticed = new LinkedHashMap<>();
        List<VisitRequest.NewNeed> newNeeds = r.newNeeds() == null ? List.of() : r.newNeeds();
        Set<NeedCategory> seen = EnumSet.noneOf(NeedCategory.class);
        for (int i = 0; i < newNeeds.size(); i++) {
            if (!seen.add(newNeeds.get(i).category())) {
                throw new InvalidInput("One new need per category", "newNeeds[" + i + "].category", "appears twice");
            }
        }
        if (r.needsNoticed() != null) {
            r.needsNoticed().forEach(c -> noticed.put(c, null));
        }
        for (VisitRequest.NewNeed n : newNeeds) {
            noticed.put(n.category(),
                    needs.post(new NeedRequest(household.id, null, n.category(), n.description().strip(),
                            n.urgency(), null, null)).id());
        }
        List<NoticedNeed> result = new ArrayList<>();
        noticed.forEach((category, needId) -> result.add(new NoticedNeed(category, needId)));
        return result;
    }

    static Map<Long, String> workerNames(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return UserAccount.<UserAccount>list("id in ?1", ids.stream().distinct().toList()).stream()
                .collect(Collectors.toMap(a -> a.id, a -> a.displayName));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
