package org.tongxing.need;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.tongxing.account.Role;
import org.tongxing.account.Viewer;
import org.tongxing.claim.Claim;
import org.tongxing.claim.ClaimStatus;
import org.tongxing.household.Household;
import org.tongxing.household.HouseholdMember;
import org.tongxing.privacy.AccessPolicy;
import org.tongxing.privacy.Disclosure;
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

    /** The need as this viewer may see it; empty when they may not see it at all. */
    public Optional<NeedView> view(Need need) {
        return view(need, Disclosure.Channel.API);
    }

    /** The same, for a showing through another channel (an export), which the disclosure log records as such. */
    public Optional<NeedView> view(Need need, Disclosure.Channel channel) {
        Household household = Household.findById(need.householdId);
        if (access.canRead(household)) {
            return Optional.of(views.caseWorker(need, household));
        }
        Viewer viewer = access.viewer();
        if (!viewer.is(Role.VOLUNTEER) && !viewer.is(Role.ORG_MEMBER)) {
            return Optional.empty();
        }
        Claim working = Claim.ofClaimant(need.id, viewer.volunteerId(), viewer.organisationId(), ClaimStatus.WORKING);
        if (working != null) {
            return Optional.of(views.of(ViewLevel.CLAIMANT, need, household, contactFor(household, need, working, channel)));
        }
        boolean hasClaimed = Claim.ofClaimant(need.id, viewer.volunteerId(), viewer.organisationId(),
                EnumSet.allOf(ClaimStatus.class)) != null;
        if (hasClaimed || Board.reaches(need, viewer.areaCode())) {
            return Optional.of(views.of(ViewLevel.PUBLIC, need, household, null));
        }
        return Optional.empty();
    }

    /** The contact person, shown only with the family's consent; each showing is logged. */
    private NeedView.Contact contactFor(Household household, Need need, Claim claim, Disclosure.Channel channel) {
        HouseholdMember contact = household.contactMemberId == null ? null : household.member(household.contactMemberId);
        if (!household.consentShareContact || contact == null) {
            return null;
        }
        disclosures.record(access.viewer(), List.of(new DisclosureLog.Entry(household.id, need.id, claim.id)),
                CONTACT_FIELDS, "CLAIM_ACCEPTED", channel);
        return new NeedView.Contact(contact.name, contact.phone);
    }
}
