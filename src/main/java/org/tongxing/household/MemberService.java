package org.tongxing.household;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.tongxing.common.Changes;
import org.tongxing.common.ChinaTime;
import org.tongxing.common.ConcurrentUpdate;
import org.tongxing.common.FieldIssue;
import org.tongxing.common.InvalidInput;
import org.tongxing.common.NotFound;
import org.tongxing.common.ResidentId;
import org.tongxing.common.Timestamps;
import org.tongxing.privacy.AccessPolicy;

/** Adds, edits and removes the people in a case file. */
@ApplicationScoped
public class MemberService {

    @Inject
    HouseholdService households;

    @Inject
    AccessPolicy access;

    @Inject
    Event<HouseholdEvent> events;

    @Transactional
    public MemberView add(long householdId, MemberRequest request) {
        Household household = households.require(householdId);
        access.requireHouseholdEdit(household);
        checkNewMembers(List.of(request));
        HouseholdMember member = add(household, request);
        if (request.isContact()) {
            household.contactMemberId = member.id;
            household.updatedAt = Timestamps.now();
        }
        return MemberView.from(member, ChinaTime.today());
    }

    @Transactional
    public MemberView update(long householdId, long memberId, MemberRequest request) {
        Household household = households.require(householdId);
        access.requireHouseholdSelfService(household);
        HouseholdMember member = requireMember(household, memberId);
        if (member.version != request.version()) {
            throw new ConcurrentUpdate("member", memberId);
        }
        checkIdentity(request, "", member.id);
        List<String> changed = apply(member, request);
        if (request.isContact() && !Long.valueOf(member.id).equals(household.contactMemberId)) {
            household.contactMemberId = member.id;
            changed = append(changed, "contact");
        }
        if (!changed.isEmpty()) {
            events.fire(new HouseholdEvent.MemberUpdated(household, member, changed));
        }
        HouseholdMember.getEntityManager().flush();
        return MemberView.from(member, ChinaTime.today());
    }

    @Transactional
    public void remove(long householdId, long memberId) {
        Household household = households.require(householdId);
        access.requireHouseholdEdit(household);
        HouseholdMember member = requireMember(household, memberId);
        if (Long.valueOf(memberId).equals(household.contactMemberId)) {
            household.contactMemberId = null;
        }
        household.members.remove(member);
        household.updatedAt = Timestamps.now();
        events.fire(new HouseholdEvent.MemberRemoved(household, member));
    }

    /** Joins the caller's transaction: used when a file is opened with its members. */
    HouseholdMember add(Household household, MemberRequest request) {
        HouseholdMember member = new HouseholdMember();
        member.household = household;
        apply(member, request);
        member.createdAt = member.updatedAt;
        member.persist();
        household.members.add(member);
        events.fire(new HouseholdEvent.MemberAdded(household, member));
        return member;
    }

    void checkNewMembers(List<MemberRequest> members) {
        if (members.stream().filter(MemberRequest::isContact).count() > 1) {
            throw new InvalidInput("Only one member can be the contact person", "members",
                    "more than one member is marked as contact");
        }
        for (int i = 0; i < members.size(); i++) {
            checkIdentity(members.get(i), members.size() == 1 ? "" : "members[" + i + "].", null);
        }
    }

    /**
     * The ID number encodes birth date and sex; a mismatch means one of them was typed wrong. A number another
     * file holds is refused before the database would, so that the form can say which field and which file.
     */
    private void checkIdentity(MemberRequest request, String prefix, Long self) {
        if (request.idNumber() == null) {
            return;
        }
        List<FieldIssue> errors = new ArrayList<>();
        if (!ResidentId.birthDate(request.idNumber()).equals(request.birthDate())) {
            errors.add(new FieldIssue(prefix + "birthDate", "does not match the birth date in the ID number"));
        }
        if (ResidentId.gender(request.idNumber()) != request.gender()) {
            errors.add(new FieldIssue(prefix + "gender", "does not match the ID number"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("The ID number disagrees with other fields", errors);
        }
        HouseholdMember holder = HouseholdMember.find("idNumber", request.idNumber()).firstResult();
        if (holder != null && !holder.id.equals(self)) {
            throw new IdNumberTaken(prefix + "idNumber", holder.household.id);
        }
    }

    private List<String> apply(HouseholdMember m, MemberRequest r) {
        Changes changes = new Changes();
        m.name = changes.track("name", m.name, r.name().strip());
        m.relation = changes.track("relation", m.relation, r.relation());
        m.birthDate = changes.track("birthDate", m.birthDate, r.birthDate());
        m.gender = changes.track("gender", m.gender, r.gender());
        m.phone = changes.track("phone", m.phone, r.phone());
        m.idNumber = changes.track("idNumber", m.idNumber, r.idNumber());
        m.disability = changes.track("disability", m.disability, r.disability());
        m.notes = changes.track("notes", m.notes, r.notes());
        if (changes.any()) {
            m.updatedAt = Timestamps.now();
        }
        return changes.fields();
    }

    private static HouseholdMember requireMember(Household household, long memberId) {
        HouseholdMember member = household.member(memberId);
        if (member == null) {
            throw new NotFound("member", memberId);
        }
        return member;
    }

    private static List<String> append(List<String> list, String item) {
        List<String> copy = new ArrayList<>(list);
        copy.add(item);
        return copy;
    }
}
