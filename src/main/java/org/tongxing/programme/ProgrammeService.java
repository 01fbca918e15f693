package org.tongxing.programme;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.tongxing.account.Viewer;
import org.tongxing.area.AreaService;
import org.tongxing.common.ConcurrentUpdate;
import org.tongxing.common.Duplicate;
import org.tongxing.common.Filter;
import org.tongxing.common.InconsistentReference;
import org.tongxing.common.InvalidInput;
import org.tongxing.common.InvalidState;
import org.tongxing.common.NotFound;
import org.tongxing.common.Page;
import org.tongxing.common.PageParams;
import org.tongxing.common.Role;
import org.tongxing.common.Timestamps;
import org.tongxing.common.UnknownReference;
import org.tongxing.household.Household;
import org.tongxing.organisation.Organisation;
import org.tongxing.privacy.AccessPolicy;

import io.quarkus.panache.common.Sort;

/** Creates and edits programmes, keeps their member households, and shows each with its progress and scores. */
@ApplicationScoped
public class ProgrammeService {

    @Inject
    ProgrammeAccess access;

    @Inject
    AccessPolicy households;

    @Inject
    AreaService areas;

    @Inject
    ProgrammeProgress progress;

    @Inject
    ProgrammeViews views;

    @Inject
    Event<ProgrammeEvent> events;

    public Page<ProgrammeSummary> list(ProgrammeFilter filter, PageParams page) {
        Viewer v = access.viewer();
        Filter where = new Filter().equal("leadOrganisationId", filter.leadOrganisationId)
                .startsWith("areaCode", v.is(Role.CADRE) ? AccessPolicy.narrow(filter.areaPrefix, v.areaCode())
                        : filter.areaPrefix)
                .equal("leadOrganisationId", v.is(Role.ORG_MEMBER) ? v.organisationId() : null)
                .where("startsOn <= :day and endsOn >= :day", "day", filter.activeOn);
        if (v.is(Role.ORG_MEMBER) && filter.leadOrganisationId != null
                && !filter.leadOrganisationId.equals(v.organisationId())) {
            return new Page<>(List.of(), page.page, page.size, 0, 0);
        }
        Page<Programme> found = Page.of(Programme.<Programme>find(where.query(), Sort.descending("startsOn").and("id"),
                where.parameters()), page, (Programme p) -> p);
        return found.map(views::summary);
    }

    public ProgrammeView get(long id) {
        Programme p = require(id);
        access.requireView(p);
        List<Long> members = ProgrammeMember.householdsOf(p.id);
        ProgrammeCommitments commitments = ProgrammeCommitments.of(p, members);
        return views.full(p, progress.of(p, members, commitments), commitments);
    }

    @Transactional
    public ProgrammeView create(ProgrammeRequest request) {
        Programme p = new Programme();
        p.createdBy = access.viewer().userId();
        p.createdAt = Timestamps.now();
        apply(p, request);
        if (request.rubric() != null) {
            RubricItems.replace(p, request.rubric());
        }
        p.persist();
        return views.full(p, progress.of(p, List.of(), ProgrammeCommitments.NONE), ProgrammeCommitments.NONE);
    }

    @Transactional
    public ProgrammeView update(long id, ProgrammeRequest request) {
        Programme p = require(id);
        access.requireManage(p);
        if (p.version != request.version()) {
            throw new ConcurrentUpdate("programme", id);
        }
        apply(p, request);
        Programme.flush();
        return get(id);
    }

    @Transactional
    public ProgrammeView replaceRubric(long id, ProgrammeRequest.RubricRequest request) {
        Programme p = require(id);
        access.requireManage(p);
        if (p.version != request.version()) {
            throw new ConcurrentUpdate("programme", id);
        }
        if (EvaluationRound.count("programmeId = ?1 and size(scores) > 0", id) > 0) {
            throw new InvalidState("Scoring has begun; the rubric can no longer change");
        }
        RubricItems.replace(p, request.items());
        p.updatedAt = Timestamps.now();
        Programme.flush();
        return get(id);
    }

    public Page<MemberView> members(long id, PageParams page) {
        access.requireManage(require(id));
        Page<ProgrammeMember> found = Page.of(
                ProgrammeMember.<ProgrammeMember>find("programmeId", Sort.by("householdId"), id),
                page, (ProgrammeMember m) -> m);
        Map<Long, Household> files = Household.<Household>list("id in ?1",
                found.items().stream().map(m -> m.householdId).toList()).stream()
                .collect(Collectors.toMap(h -> h.id, h -> h));
        return found.map(m -> {
            Household h = files.get(m.householdId);
            return new MemberView(h.id, h.areaCode, h.composition, h.tier, m.joinedAt);
        });
    }

    @Transactional
    public MemberView addMember(long id, ProgrammeRequest.MembershipRequest request) {
        Programme p = require(id);
        access.requireManage(p);
        Household h = Household.findById(request.householdId());
        if (h == null || !households.isCaseWorker(h)) {
            throw new UnknownReference("householdId", "household", request.householdId());
        }
        if (!h.areaCode.startsWith(p.areaCode)) {
            throw new InconsistentReference("The household lies outside the programme's area", "householdId",
                    "is not in area " + p.areaCode);
        }
        if (ProgrammeMember.count("programmeId = ?1 and householdId = ?2", id, h.id) > 0) {
            throw new Duplicate("The household is already a member", "householdId",
                    "is already a member of this programme");
        }
        ProgrammeMember m = new ProgrammeMember();
        m.programmeId = id;
        m.householdId = h.id;
        m.joinedAt = Timestamps.now();
        m.addedBy = access.viewer().userId();
        m.persist();
        events.fire(new ProgrammeEvent.Joined(h.id, id));
        return new MemberView(h.id, h.areaCode, h.composition, h.tier, m.joinedAt);
    }

    @Transactional
    public void removeMember(long id, long householdId) {
        access.requireManage(require(id));
        ProgrammeMember m = ProgrammeMember.find("programmeId = ?1 and householdId = ?2", id, householdId)
                .firstResult();
        if (m == null) {
            throw new NotFound("member household", householdId);
        }
        m.delete();
        events.fire(new ProgrammeEvent.Left(householdId, id));
    }

    Programme require(long id) {
        return Programme.<Programme>findByIdOptional(id).orElseThrow(() -> new NotFound("programme", id));
    }

    private void apply(Programme p, ProgrammeRequest r) {
        areas.requireArea("areaCode", r.areaCode());
        access.requireAreaInScope(r.areaCode());
        if (Organisation.findById(r.leadOrganisationId()) == null) {
            throw new UnknownReference("leadOrganisationId", "organisation", r.leadOrganisationId());
        }
        if (r.endsOn().isBefore(r.startsOn())) {
            throw new InvalidInput("The programme ends before it starts", "endsOn", "must not be before startsOn");
        }
        p.name = r.name().strip();
        p.areaCode = r.areaCode();
        p.leadOrganisationId = r.leadOrganisationId();
        p.startsOn = r.startsOn();
        p.endsOn = r.endsOn();
        p.description = r.description() == null || r.description().isBlank() ? null : r.description().strip();
        p.goals.clear();
        if (r.goals() != null) {
            r.goals().forEach(g -> p.goals.put(g.metric(), g.target()));
        }
        p.updatedAt = Timestamps.now();
    }
}
