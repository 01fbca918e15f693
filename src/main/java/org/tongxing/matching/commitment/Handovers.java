package org.tongxing.matching.commitment;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.tongxing.cadre.Cadre;
import org.tongxing.household.Household;
import org.tongxing.household.HouseholdMember;
import org.tongxing.matching.Answer;
import org.tongxing.matching.GroupMember;
import org.tongxing.matching.Pairing;
import org.tongxing.matching.SupportGroup;
import org.tongxing.matching.commitment.Handover.Contact;
import org.tongxing.matching.commitment.Handover.CoveredNeed;
import org.tongxing.matching.commitment.Parties.Party;
import org.tongxing.need.Need;
import org.tongxing.notification.Recipients;
import org.tongxing.privacy.AccessPolicy;
import org.tongxing.privacy.DisclosureLog;
import org.tongxing.volunteer.Volunteer;

/**
 * Hands a family over to its pair or group once both sides agreed, within the privacy rules: the contact person only
 * with the family's consent to sharing, each showing to anyone but its field workers in the disclosure log. Before
 * consent a volunteer sees no more than before (the state of the trial only).
 */
@ApplicationScoped
public class Handovers {

    static final List<String> CONTACT_FIELDS = List.of("contactName", "contactPhone");
    static final String PURPOSE = "COMMITMENT_HANDOVER";

    @Inject
    Parties parties;

    @Inject
    AccessPolicy access;

    @Inject
    DisclosureLog disclosures;

    @Inject
    Recipients recipients;

    @Transactional
    public Handover ofPair(long id) {
        Pairing pairing = PairTrial.find(id);
        Household household = Household.findById(pairing.householdId);
        Party party = parties.of(household, List.of(pairing.volunteerId), "pairing", id);
        if (party == Party.VOLUNTEER && !pairing.handedOver()) {
            return Handover.notYet("PAIRING", id, pairing.stage);
        }
        return new Handover("PAIRING", id, pairing.stage, pairing.handedOver(),
                family(household, List.of(pairing.needId)), needs(List.of(pairing.needId)), workers(household), null,
                null);
    }

    @Transactional
    public Handover ofGroup(long id) {
        SupportGroup group = GroupTrial.find(id);
        Household household = Household.findById(group.householdId);
        Party party = parties.of(household, group.activeMembers().stream().map(m -> m.volunteerId).toList(),
                "support group", id);
        if (party == Party.VOLUNTEER && !group.handedOverTo(parties.ownVolunteer())) {
            return Handover.notYet("GROUP", id, group.stage);
        }
        List<GroupMember> confirmed = group.activeMembers().stream().filter(m -> m.answer == Answer.CONFIRMED)
                .toList();
        List<Contact> members = confirmed.stream().map(m -> {
            Volunteer v = Volunteer.findById(m.volunteerId);
            return new Contact(v.name, m.sharesPhone ? v.phone : null, null);
        }).toList();
        Cadre lead = Cadre.findById(group.cadreId);
        return new Handover("GROUP", id, group.stage, group.householdConsentedAt != null,
                family(household, group.needIds), needs(group.needIds), workers(household),
                new Contact(lead.name, lead.phone, null), members);
    }

    /** The family's contact person, as a claimant sees it: only if the family consented to sharing; logged. */
    private Contact family(Household household, Collection<Long> needIds) {
        HouseholdMember contact = household.contactMemberId == null ? null
                : household.member(household.contactMemberId);
        if (!household.consentShareContact || contact == null) {
            return null;
        }
        if (access.readIsDisclosure(household)) {
            Long need = needIds.size() == 1 ? needIds.iterator().next() : null;
            disclosures.record(access.viewer(), List.of(new DisclosureLog.Entry(household.id, need, null)),
                    CONTACT_FIELDS, PURPOSE, disclosures.channel());
        }
        return new Contact(contact.name, contact.phone, null);
    }

    private static List<CoveredNeed> needs(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return Need.<Need>list("id in ?1 order by id", List.copyOf(ids)).stream()
                .map(n -> new CoveredNeed(n.id, n.category, n.publicDescription)).toList();
    }

    private List<Contact> workers(Household household) {
        return recipients.caseWorkersOf(household.areaCode).stream()
                .map(a -> new Contact(a.displayName, null, a.email)).toList();
    }
}
