package org.tongxing.claim;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.tongxing.account.Viewer;
import org.tongxing.common.Filter;
import org.tongxing.common.LostRace;
import org.tongxing.common.NotFound;
import org.tongxing.common.Page;
import org.tongxing.common.PageParams;
import org.tongxing.common.Role;
import org.tongxing.common.SortOrder;
import org.tongxing.common.Timestamps;
import org.tongxing.need.Board;
import org.tongxing.need.Need;
import org.tongxing.need.NeedStatus;
import org.tongxing.organisation.Organisation;
import org.tongxing.privacy.AccessPolicy;
import org.tongxing.volunteer.Volunteer;

import io.quarkus.panache.common.Sort;

/**
 * Claiming a need and reading claims. Who wins a race is decided by the database — the partial unique index
 * on active claims and the optimistic lock on the need — and every loser is told so with a 409.
 */
@ApplicationScoped
public class ClaimService {

    /** The partial unique index that lets one claim per need be active. */
    private static final String ONE_ACTIVE_PER_NEED = "claim_one_active_per_need";
    private static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "updatedAt", "updatedAt",
            "status", "status", "promisedBy", "promisedBy");

    @Inject
    AccessPolicy access;

    @Inject
    ClaimStanding standing;

    @Inject
    Event<ClaimEvent> events;

    @Transactional
    public ClaimView claim(long needId, ClaimRequest request) {
        Viewer viewer = access.viewer();
        Need need = Need.findById(needId);
        if (need == null || !Board.visibleTo(need, viewer.areaCode())) {
            throw new NotFound("need", needId);
        }
        requireOpen(need);
        standing.requireMayClaim(viewer, need);
        Claim claim = newClaim(viewer, need, request);
        need.status = NeedStatus.CLAIMED;
        need.updatedAt = claim.createdAt;
        claim.persist();
        flushOrLose(need);
        events.fire(new ClaimEvent.Made(claim, need, need.household, claim.claimantName()));
        return ClaimView.from(claim);
    }

    public Page<ClaimView> list(ClaimFilter filter, PageParams page) {
        Filter where = new Filter().equal("status", filter.status).equal("needId", filter.needId);
        Viewer v = access.viewer();
        switch (v.role()) {
            case VOLUNTEER -> where.equal("volunteerId", v.volunteerId());
            case ORG_MEMBER -> where.equal("organisationId", v.organisationId());
            case FAMILY -> where.equal("need.householdId", v.householdId());
            case WORKER, CADRE -> where.startsWith("need.areaCode", v.areaCode());
            case ADMIN -> {
            }
        }
        Sort sort = SortOrder.parse(page.sort, SORTABLE, Sort.descending("createdAt"));
        return Page.of(Claim.<Claim>find(where.query(), sort, where.parameters()), page,
                ClaimView::from);
    }

    public ClaimView get(long id) {
        Claim claim = Claim.<Claim>findByIdOptional(id).orElseThrow(() -> new NotFound("claim", id));
        if (!mayRead(claim)) {
            throw new NotFound("claim", id);
        }
        return ClaimView.from(claim);
    }

    public List<ServiceView> services(long claimId) {
        get(claimId);
        return ServiceLog.<ServiceLog>list("claimId = ?1 order by servedOn, id", claimId).stream()
                .map(ServiceView::from).toList();
    }

    /** The claimant's side, the household's case workers and the family itself may read a claim. */
    boolean mayRead(Claim claim) {
        Viewer v = access.viewer();
        return switch (v.role()) {
            case VOLUNTEER -> claim.volunteerId != null && claim.volunteerId.equals(v.volunteerId());
            case ORG_MEMBER -> claim.organisationId != null && claim.organisationId.equals(v.organisationId());
            default -> access.canRead(claim.need.household);
        };
    }

    private void requireOpen(Need need) {
        if (need.status == NeedStatus.CLAIMED || need.status == NeedStatus.IN_PROGRESS) {
            throw claimConflict(need);
        }
        if (need.status != NeedStatus.OPEN) {
            throw new NeedNotOpen("Need " + need.id + " is " + need.status);
        }
    }

    private static Claim newClaim(Viewer viewer, Need need, ClaimRequest request) {
        Claim claim = new Claim();
        claim.needId = need.id;
        claim.need = need;
        boolean volunteer = viewer.is(Role.VOLUNTEER);
        claim.claimantKind = volunteer ? ClaimantKind.VOLUNTEER : ClaimantKind.ORGANISATION;
        claim.volunteerId = volunteer ? viewer.volunteerId() : null;
        claim.organisationId = volunteer ? null : viewer.organisationId();
        claim.volunteer = volunteer ? Volunteer.findById(claim.volunteerId) : null;
        claim.organisation = volunteer ? null : Organisation.findById(claim.organisationId);
        claim.claimedBy = viewer.userId();
        claim.status = ClaimStatus.PENDING;
        claim.plan = request.plan().strip();
        claim.promisedBy = request.promisedBy();
        claim.createdAt = Timestamps.now();
        claim.updatedAt = claim.createdAt;
        return claim;
    }

    /** Writes now, so that losing the race surfaces here as a claim conflict rather than at commit. */
    private void flushOrLose(Need need) {
        try {
            Need.getEntityManager().flush();
        } catch (PersistenceException e) {
            if (LostRace.staleVersion(e) || LostRace.violated(e, ONE_ACTIVE_PER_NEED)) {
                throw claimConflict(need);
            }
            throw e;
        }
    }

    private ClaimConflict claimConflict(Need need) {
        events.fire(new ClaimEvent.Conflict(need.id));
        return new ClaimConflict("Someone else claimed need " + need.id + " first; choose another need from the board");
    }
}
