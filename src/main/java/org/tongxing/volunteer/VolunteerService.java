package org.tongxing.volunteer;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.tongxing.account.Viewer;
import org.tongxing.area.AreaService;
import org.tongxing.common.ConcurrentUpdate;
import org.tongxing.common.Filter;
import org.tongxing.common.InvalidInput;
import org.tongxing.common.NotFound;
import org.tongxing.common.Page;
import org.tongxing.common.PageParams;
import org.tongxing.common.Role;
import org.tongxing.common.SortOrder;
import org.tongxing.common.Timestamps;
import org.tongxing.common.UnknownReference;
import org.tongxing.common.VettingRequest;
import org.tongxing.common.VettingStatus;
import org.tongxing.household.HouseholdMember;
import org.tongxing.need.NeedCategory;
import org.tongxing.privacy.AccessPolicy;
import org.tongxing.privacy.OutsideYourArea;

import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class VolunteerService {

    private static final Map<String, String> SORTABLE = Map.of("name", "name", "createdAt", "createdAt",
            "areaCode", "areaCode", "capacity", "capacity");

    @Inject
    AreaService areas;

    @Inject
    AccessPolicy access;

    @Inject
    Event<VolunteerWithdrew> withdrawals;

    public Page<VolunteerView> list(VolunteerFilter filter, PageParams page) {
        Filter where = new Filter()
                .startsWith("areaCode", AccessPolicy.narrow(filter.areaPrefix, directoryScope()))
                .equal("vettingStatus", filter.vettingStatus)
                .where(":skill member of skills", "skill", filter.skill)
                .where(":language member of languages", "language", filter.language);
        Sort sort = SortOrder.parse(page.sort, SORTABLE, Sort.ascending("name"));
        return Page.of(Volunteer.find(where.query(), sort, where.parameters()), page, VolunteerView::from);
    }

    public VolunteerView get(long id) {
        return VolunteerView.from(requireVisible(id));
    }

    @Transactional
    public VolunteerView register(VolunteerRequest request) {
        requireInDirectory(request.areaCode());
        Volunteer volunteer = new Volunteer();
        volunteer.vettingStatus = VettingStatus.PENDING;
        apply(volunteer, request);
        volunteer.createdAt = volunteer.updatedAt;
        volunteer.persist();
        return VolunteerView.from(volunteer);
    }

    @Transactional
    public VolunteerView update(long id, VolunteerRequest request) {
        Volunteer volunteer = requireVersion(id, request.version());
        if (!access.viewer().is(Role.VOLUNTEER)) {
            requireInDirectory(request.areaCode());
        }
        boolean wasAvailable = isAvailable(volunteer);
        apply(volunteer, request);
        announceWithdrawal(volunteer, wasAvailable, "capacity set to 0");
        Volunteer.getEntityManager().flush();
        return VolunteerView.from(volunteer);
    }

    @Transactional
    public VolunteerView vet(long id, VettingRequest request) {
        Volunteer volunteer = requireVersion(id, request.version());
        boolean wasAvailable = isAvailable(volunteer);
        volunteer.vettingStatus = request.status();
        volunteer.vettedAt = request.status() == VettingStatus.PENDING ? null : Timestamps.now();
        volunteer.vettingNote = request.note();
        volunteer.updatedAt = Timestamps.now();
        announceWithdrawal(volunteer, wasAvailable, "vetting " + request.status());
        Volunteer.getEntityManager().flush();
        return VolunteerView.from(volunteer);
    }

    /** Vetted with room for at least one pair or group seat. */
    private static boolean isAvailable(Volunteer v) {
        return v.vettingStatus == VettingStatus.VETTED && v.capacity > 0;
    }

    private void announceWithdrawal(Volunteer v, boolean wasAvailable, String reason) {
        if (wasAvailable && !isAvailable(v)) {
            withdrawals.fire(new VolunteerWithdrew(v.id, v.areaCode, reason));
        }
    }

    /** Volunteers are listed to cadres and workers of their district, and each volunteer sees only themselves. */
    private Volunteer requireVisible(long id) {
        Volunteer volunteer = Volunteer.<Volunteer>findByIdOptional(id)
                .orElseThrow(() -> new NotFound("volunteer", id));
        Viewer viewer = access.viewer();
        boolean visible = switch (viewer.role()) {
            case ADMIN -> true;
            case CADRE, WORKER -> volunteer.areaCode.startsWith(viewer.district());
            case VOLUNTEER -> volunteer.id.equals(viewer.volunteerId());
            default -> false;
        };
        if (!visible) {
            throw new NotFound("volunteer", id);
        }
        return volunteer;
    }

    private String directoryScope() {
        Viewer viewer = access.viewer();
        return viewer.is(Role.ADMIN) ? null : viewer.district();
    }

    private void requireInDirectory(String areaCode) {
        String scope = directoryScope();
        if (scope != null && (areaCode == null || !areaCode.startsWith(scope))) {
            throw new OutsideYourArea("The volunteer's area is outside your district");
        }
    }

    private Volunteer requireVersion(long id, long version) {
        Volunteer volunteer = requireVisible(id);
        if (volunteer.version != version) {
            throw new ConcurrentUpdate("volunteer", id);
        }
        return volunteer;
    }

    private void apply(Volunteer v, VolunteerRequest r) {
        areas.requireArea("areaCode", r.areaCode());
        if ((r.latitude() == null) != (r.longitude() == null)) {
            throw new InvalidInput("Coordinates need both latitude and longitude",
                    r.latitude() == null ? "latitude" : "longitude", "is required with the other coordinate");
        }
        if (r.linkedMemberId() != null && HouseholdMember.findById(r.linkedMemberId()) == null) {
            throw new UnknownReference("linkedMemberId", "household member", r.linkedMemberId());
        }
        v.name = r.name().strip();
        v.phone = r.phone();
        v.email = r.email();
        v.gender = r.gender();
        v.areaCode = r.areaCode();
        v.skills = r.skills().isEmpty() ? EnumSet.noneOf(NeedCategory.class) : EnumSet.copyOf(r.skills());
        v.languages = new LinkedHashSet<>(r.languages());
        v.qualifications = r.qualifications() == null ? new LinkedHashSet<>() : new LinkedHashSet<>(r.qualifications());
        v.availabilityMask = WeeklyAvailability.ofSlots(r.availability()).mask();
        v.capacity = r.capacity().shortValue();
        v.linkedMemberId = r.linkedMemberId();
        v.bio = r.bio();
        v.preferredCategories = r.preferredCategories() == null || r.preferredCategories().isEmpty()
                ? EnumSet.noneOf(NeedCategory.class) : EnumSet.copyOf(r.preferredCategories());
        v.travelRange = r.travelRange() == null ? TravelRange.DISTRICT : r.travelRange();
        v.latitude = r.latitude();
        v.longitude = r.longitude();
        v.updatedAt = Timestamps.now();
    }
}
