package org.tongxing.matching.commitment;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.tongxing.account.Viewer;
import org.tongxing.cadre.Cadre;
import org.tongxing.common.Role;
import org.tongxing.matching.Answer;
import org.tongxing.matching.CommitmentStatus;
import org.tongxing.matching.GroupMember;
import org.tongxing.matching.Pairing;
import org.tongxing.matching.SupportGroup;
import org.tongxing.privacy.AccessPolicy;
import org.tongxing.volunteer.Volunteer;

import io.quarkus.security.ForbiddenException;

/**
 * Who helps the signed-in family: the volunteers who confirmed its pairs and group seats, and the group's lead,
 * once the family consented. A helper's phone only where they agreed to share it; the cadre's unit as their
 * organisation.
 */
@ApplicationScoped
public class FamilyHelpers {

    @Inject
    AccessPolicy access;

    public Helpers mine() {
        Viewer viewer = access.viewer();
        if (!viewer.is(Role.FAMILY) || viewer.householdId() == null) {
            throw new ForbiddenException();
        }
        long household = viewer.householdId();
        List<Helpers.Helper> helpers = new ArrayList<>();
        for (Pairing p : Pairing.<Pairing>list("householdId = ?1 and status = ?2 order by since", household,
                CommitmentStatus.ACTIVE)) {
            if (p.handedOver()) {
                Volunteer v = Volunteer.findById(p.volunteerId);
                helpers.add(new Helpers.Helper("VOLUNTEER", v.name, null, p.volunteerSharesPhone ? v.phone : null,
                        "PAIRING", p.id, p.stage));
            }
        }
        SupportGroup group = SupportGroup.find("householdId = ?1 and status = ?2", household, CommitmentStatus.ACTIVE)
                .firstResult();
        if (group != null && group.householdConsentedAt != null) {
            Cadre lead = Cadre.findById(group.cadreId);
            helpers.add(new Helpers.Helper("LEAD", lead.name, lead.unit, lead.phone, "GROUP", group.id, group.stage));
            for (GroupMember m : group.activeMembers()) {
                if (m.answer == Answer.CONFIRMED) {
                    Volunteer v = Volunteer.findById(m.volunteerId);
                    helpers.add(new Helpers.Helper("VOLUNTEER", v.name, null, m.sharesPhone ? v.phone : null, "GROUP",
                            group.id, group.stage));
                }
            }
        }
        return new Helpers(household, helpers);
    }
}
