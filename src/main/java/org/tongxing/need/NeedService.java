package org.tongxing.need;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.tongxing.account.Viewer;
import org.tongxing.common.Changes;
import org.tongxing.common.ChinaTime;
import org.tongxing.common.ConcurrentUpdate;
import org.tongxing.common.Filter;
import org.tongxing.common.InconsistentReference;
import org.tongxing.common.InvalidInput;
import org.tongxing.common.InvalidState;
import org.tongxing.common.NotFound;
import org.tongxing.common.Page;
import org.tongxing.common.PageParams;
import org.tongxing.common.Role;
import org.tongxing.common.SortOrder;
import org.tongxing.common.Timestamps;
import org.tongxing.common.UnknownReference;
import org.tongxing.household.Household;
import org.tongxing.privacy.AccessPolicy;

import io.quarkus.panache.common.Sort;

/** Posts, edits, cancels and lists needs; every change is a {@link NeedEvent}, which the timeline records. */
@ApplicationScoped
public class NeedService {

    private static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "updatedAt", "updatedAt",
            "urgency", "urgencyRank", "wantedBy", "wantedBy", "status", "status", "category", "category");
    static final Sort MOST_URGENT_FIRST = Sort.descending("urgencyRank").and("createdAt").and("id");

    @Inject
    Event<NeedEvent> events;

    @Inject
    AccessPolicy access;

    @Inject
    NeedAccess needAccess;

    @Inject
    NeedViews views;

    /** The claim feature ends the need's claim; the matching feature ends its pair and tells a running solver. */
    @Inject
    @Any
    Instance<NeedCancellationListener> cancellationListeners;

    /** Needs of the files the viewer works on (a family: its own), in full. */
    public Page<NeedView> list(NeedFilter filter, PageParams page) {
        Viewer viewer = access.viewer();
        boolean family = viewer.is(Role.FAMILY);
        if (family && filter.householdId != null && !filter.householdId.equals(viewer.householdId())) {
            return new Page<>(List.of(), page.page, page.size, 0, 0);
        }
        Filter where = new Filter()
                .equal("status", filter.status)
                .equal("category", filter.category)
                .startsWith("areaCode", family ? filter.areaPrefix
                        : AccessPolicy.narrow(filter.areaPrefix, access.caseAreaScope()))
                .equal("urgency", filter.urgency)
                .equal("visibility", filter.visibility)
                .equal("householdId", family ? viewer.householdId() : filter.householdId);
        Sort sort = SortOrder.parse(page.sort, SORTABLE, MOST_URGENT_FIRST);
        return Page.of(Need.<Need>find(where.query(), sort, where.parameters()), page,
                (Need n) -> views.caseWorker(n, n.household));
    }

    /** One need at the level the viewer may see; 404 when they may not see it at all. */
    public NeedView get(long id) {
        Need need = Need.<Need>findByIdOptional(id).orElseThrow(() -> new NotFound("need", id));
        return needAccess.view(need).orElseThrow(() -> new NotFound("need", id));
    }

    /** One need as {@link #get} shows it, but never with the family's contact: for lists of claims. */
    public NeedView outline(long id) {
        Need need = Need.<Need>findByIdOptional(id).orElseThrow(() -> new NotFound("need", id));
        return needAccess.withoutContact(need).orElseThrow(() -> new NotFound("need", id));
    }

    @Transactional
    public NeedView post(NeedRequest request) {
        Household household = Household.findById(request.householdId());
        if (household == null || !access.canRead(household)) {
            throw new UnknownReference("householdId", "household", request.householdId());
        }
        access.requireHouseholdSelfService(household);
        requireMemberOf(household, request.memberId());
        Need need = new Need();
        need.householdId = household.id;
        need.household = household;
        need.areaCode = household.areaCode;
        need.status = NeedStatus.OPEN;
        need.visibility = Visibility.COMMUNITY;
        apply(need, request);
        need.createdAt = need.updatedAt;
        need.escalatedAt = need.createdAt;
        PublicText.refresh(need, household);
        need.persist();
        events.fire(new NeedEvent.Posted(need));
        return views.caseWorker(need, household);
    }

    @Transactional
    public NeedView update(long id, NeedRequest request) {
        Need need = requireVersion(id, request.version());
        if (need.status.isFinished()) {
            throw new InvalidState("A " + need.status + " need can no longer be edited");
        }
        if (!need.householdId.equals(request.householdId())) {
            throw new InvalidInput("A need cannot move to another household", "householdId",
                    "must stay " + need.householdId);
        }
        Household household = need.household;
        requireMemberOf(household, request.memberId());
        List<String> changed = apply(need, request);
        PublicText.refresh(need, household);
        if (!changed.isEmpty()) {
            events.fire(new NeedEvent.Updated(need, changed));
        }
        Need.getEntityManager().flush();
        return views.caseWorker(need, household);
    }

    @Transactional
    public NeedView cancel(long id, CancelRequest request) {
        Need need = requireVersion(id, request.version());
        if (need.status.isFinished()) {
            throw new InvalidState("The need is already " + need.status);
        }
        NeedStatus before = need.status;
        need.cancelReason = request.reason().strip();
        cancellationListeners.forEach(listener -> listener.needCancelled(need));
        need.status = NeedStatus.CANCELLED;
        need.updatedAt = Timestamps.now();
        events.fire(new NeedEvent.Cancelled(need, before));
        Need.getEntityManager().flush();
        return views.caseWorker(need, need.household);
    }

    /** The need, if the viewer may change it (its case workers, or the family for its own). */
    private Need requireVersion(long id, long version) {
        Need need = Need.<Need>findByIdOptional(id).orElseThrow(() -> new NotFound("need", id));
        Household household = need.household;
        if (!access.canRead(household)) {
            throw new NotFound("need", id);
        }
        access.requireHouseholdSelfService(household);
        if (need.version != version) {
            throw new ConcurrentUpdate("need", id);
        }
        return need;
    }

    private static void requireMemberOf(Household household, Long memberId) {
        if (memberId != null && household.member(memberId) == null) {
            throw new InconsistentReference("The member is not in this household", "memberId",
                    "is not a member of household " + household.id);
        }
    }

    private static List<String> apply(Need n, NeedRequest r) {
        if (r.wantedBy() != null && r.wantedBy().isBefore(ChinaTime.today()) && !r.wantedBy().equals(n.wantedBy)) {
            throw new InvalidInput("The wanted-by date lies in the past", "wantedBy", "must be today or later");
        }
        Changes changes = new Changes();
        n.memberId = changes.track("memberId", n.memberId, r.memberId());
        n.category = changes.track("category", n.category, r.category());
        n.description = changes.track("description", n.description, r.description().strip());
        n.urgency = changes.track("urgency", n.urgency, r.urgency());
        n.wantedBy = changes.track("wantedBy", n.wantedBy, r.wantedBy());
        if (r.longTerm() != null) {
            n.longTerm = changes.track("longTerm", n.longTerm, r.longTerm());
        }
        if (changes.any()) {
            n.updatedAt = Timestamps.now();
        }
        return changes.fields();
    }
}
