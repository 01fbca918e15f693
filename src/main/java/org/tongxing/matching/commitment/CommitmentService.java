package org.tongxing.matching.commitment;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.tongxing.common.Filter;
import org.tongxing.common.NotFound;
import org.tongxing.common.Page;
import org.tongxing.common.PageParams;
import org.tongxing.common.Role;
import org.tongxing.common.SortOrder;
import org.tongxing.household.Household;
import org.tongxing.matching.CommitmentStatus;
import org.tongxing.matching.GroupMember;
import org.tongxing.matching.Pairing;
import org.tongxing.matching.SupportGroup;
import org.tongxing.privacy.AccessPolicy;
import org.tongxing.volunteer.VolunteerService;

import io.quarkus.panache.common.Sort;
import io.quarkus.security.ForbiddenException;

/** Reads pairs and groups: lists for the staff of an area, and each volunteer's own commitments. */
@ApplicationScoped
public class CommitmentService {

    private static final Map<String, String> PAIR_SORT = Map.of("since", "since", "status", "status", "quiet",
            "quietLevel");
    private static final Map<String, String> GROUP_SORT = Map.of("formedAt", "formedAt", "status", "status",
            "quiet", "quietLevel");
    private static final String IN_AREA = "householdId in (select h.id from Household h where h.areaCode like :area)";

    @Inject
    AccessPolicy access;

    @Inject
    VolunteerService volunteers;

    @Inject
    CommitmentViews views;

    public Page<PairingView> pairings(CommitmentFilter filter, PageParams page) {
        Filter where = new Filter().equal("status", filter.status).equal("volunteerId", filter.volunteerId)
                .where(IN_AREA, "area", area(filter));
        Sort sort = SortOrder.parse(page.sort, PAIR_SORT,
                Sort.descending("since").and("id", Sort.Direction.Descending));
        Page<Pairing> found = Page.of(Pairing.<Pairing>find(where.query(), sort, where.parameters()), page,
                (Pairing p) -> p);
        return new Page<>(views.pairings(found.items()), found.page(), found.size(), found.totalItems(),
                found.totalPages());
    }

    public Page<GroupView> groups(CommitmentFilter filter, PageParams page) {
        Filter where = new Filter().equal("status", filter.status).equal("cadreId", filter.cadreId)
                .where(IN_AREA, "area", area(filter));
        Sort sort = SortOrder.parse(page.sort, GROUP_SORT,
                Sort.descending("formedAt").and("id", Sort.Direction.Descending));
        Page<SupportGroup> found = Page.of(SupportGroup.<SupportGroup>find(where.query(), sort, where.parameters()),
                page,
                (SupportGroup g) -> g);
        return new Page<>(views.groups(found.items()), found.page(), found.size(), found.totalItems(),
                found.totalPages());
    }

    /** One pair as its household's case workers see it; to anyone else it does not exist (404). */
    public PairingView pairing(long id) {
        Pairing p = Pairing.findById(id);
        if (p == null || !access.isCaseWorker(Household.<Household>findById(p.householdId))) {
            throw new NotFound("pairing", id);
        }
        return views.pairings(List.of(p)).get(0);
    }

    /** The signed-in volunteer's own commitments. */
    public CommitmentsView mine() {
        Long volunteerId = access.viewer().volunteerId();
        if (!access.viewer().is(Role.VOLUNTEER) || volunteerId == null) {
            throw new ForbiddenException();
        }
        return of(volunteerId);
    }

    /** A volunteer's commitments, for whoever may read the volunteer (their district's staff, or they themselves). */
    public CommitmentsView ofVolunteer(long volunteerId) {
        volunteers.get(volunteerId);
        return of(volunteerId);
    }

    private CommitmentsView of(long volunteerId) {
        List<Pairing> pairs = Pairing.list("volunteerId = ?1 and status = ?2 order by since", volunteerId,
                CommitmentStatus.ACTIVE);
        List<GroupMember> seats = GroupMember.list(
                "volunteerId = ?1 and leftAt is null and group.status = ?2 order by joinedAt",
                volunteerId, CommitmentStatus.ACTIVE);
        return views.ofVolunteer(volunteerId, pairs, seats);
    }

    private String area(CommitmentFilter filter) {
        String area = AccessPolicy.narrow(filter.areaPrefix, access.caseAreaScope());
        return area == null ? "%" : area + "%";
    }
}
