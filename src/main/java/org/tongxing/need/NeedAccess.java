package org.tongxing.need;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.tongxing.account.Viewer;
import org.tongxing.common.Role;
import org.tongxing.household.Household;
import org.tongxing.household.HouseholdMember;
import org.tongxing.privacy.AccessPolicy;
import org.tongxing.privacy.DisclosureLog;
import org.tongxing.privacy.ViewLevel;

/**
 * Decides, for the current viewer, at which level a need may be seen (if at all) and records the disclosure
 * when the family's contact is shown to a claimant. Every endpoint that returns a need asks here.
 */
@RequestScoped
public class NeedAccess {

    static final List<String> CONTACT_FIELDS = List.of("contactName", "contactPhone");

    @Inject
    AccessPolicy access;

    @Inject
    NeedViews views;

    @Inject
    DisclosureLog disclosures;

    @Inject
    ClaimsOnNeeds claims;

    @Inject
    CommitmentsOnNeeds commitments;

    /** The need as this viewer may see it; empty when they may not see it at all. */
    public Optional<NeedView> view(Need need) {
        Household household = need.household;
        Viewer viewer = access.viewer();
        if (!access.canRead(household) && claimant(viewer)) {
            OptionalLong working = claims.working(need.id, viewer);
            if (working.isPresent()) {
                return Optional.of(views.of(ViewLevel.CLAIMANT, need, household,
                        contactFor(household, need, working.getAsLong(), "CLAIM_ACCEPTED")));
            }
            if (commitments.handedOver(need.id, viewer)) {
                return Optional.of(views.of(ViewLevel.CLAIMANT, need, household,
                        contactFor(household, need, null, "COMMITMENT_HANDOVER")));
            }
        }
        return withoutContact(need, household);
    }

    /**
     * The need as this viewer may see it but never with the family's contact, so nothing is disclosed: for
     * lists, where a claimant's accepted claims would otherwise log a disclosure per row on every visit.
     */
    public Optional<NeedView> withoutContact(Need need) {
        return withoutContact(need, need.household);
    }

    private Optional<NeedView> withoutContact(Need need, Household household) {
        if (access.canRead(household)) {
            return Optional.of(views.caseWorker(need, household));
        }
        Viewer viewer = access.viewer();
        if (!claimant(viewer)) {
            return Optional.empty();
        }
        if (claims.everClaimed(need.id, viewer) || Board.reaches(need, viewer.areaCode())
                || commitments.handedOver(need.id, viewer)) {
            return Optional.of(views.of(ViewLevel.PUBLIC, need, household, null));
        }
        return Optional.empty();
    }

    private static boolean claimant(Viewer viewer) {
        return viewer.is(Role.VOLUNTEER) || viewer.is(Role.ORG_MEMBER);
    }

    /** The contact person, shown only with the family's consent; each showing is logged. */
    private NeedView.Contact contactFor(Household household, Need need, Long claimId, String purpose) {
        HouseholdMember contact = household.contactMemberId == null ? null
                : household.member(household.contactMemberId);
        if (!household.consentShareContact || contact == null) {
            return null;
        }
        disclosures.record(access.viewer(), List.of(new DisclosureLog.Entry(household.id, need.id, claimId)),
                CONTACT_FIELDS, purpose, disclosures.channel());
        return new NeedView.Contact(contact.name, contact.phone);
    }
}
