package org.tongxing.matching.commitment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.tongxing.claim.ServiceLog;
import org.tongxing.common.Timestamps;
import org.tongxing.household.Household;
import org.tongxing.matching.CommitmentContact;
import org.tongxing.matching.CommitmentStatus;
import org.tongxing.matching.MatchingEvent;
import org.tongxing.matching.MatchingEvent.Of;
import org.tongxing.matching.Pairing;
import org.tongxing.matching.SupportGroup;
import org.tongxing.matching.commitment.Parties.Party;
import org.tongxing.timeline.CaseEventKind;

/**
 * The case-contact log of pairs and groups. Each contact is one service-log row (hours, person-times, what was done)
 * under its pair or group, so the service records, the statistics and the programmes' goals count it once, beside
 * the claims; and it resets the commitment's quiet clock.
 */
@ApplicationScoped
public class Contacts {

    @Inject
    Parties parties;

    @Inject
    Event<MatchingEvent> events;

    @Transactional
    public ContactView ofPair(long id, ContactRequest request) {
        Pairing pairing = PairTrial.find(id);
        Household household = Household.findById(pairing.householdId);
        Party party = parties.of(household, List.of(pairing.volunteerId), "pairing", id);
        requireActive(pairing.status, "pairing", id);
        ServiceLog log = log(request, household, pairing.volunteerId, party);
        log.pairingId = pairing.id;
        log.needId = pairing.needId;
        log.persist();
        CommitmentContact contact = contact(request, log, household);
        contact.pairingId = pairing.id;
        contact.persist();
        pairing.lastContactOn = latest(pairing.lastContactOn, request.contactedOn());
        pairing.quietLevel = 0;
        events.fire(new MatchingEvent.CommitmentStep(Of.PAIRING, id, household.id, pairing.needId,
                CaseEventKind.COMMITMENT_CONTACT, party == Party.VOLUNTEER ? pairing.volunteerId : null,
                contact.followUp));
        return ContactView.from(contact, log);
    }

    @Transactional
    public ContactView ofGroup(long id, ContactRequest request) {
        SupportGroup group = GroupTrial.find(id);
        Household household = Household.findById(group.householdId);
        Party party = parties.of(household, group.activeMembers().stream().map(m -> m.volunteerId).toList(),
                "support group", id);
        requireActive(group.status, "support group", id);
        Long volunteer = party == Party.VOLUNTEER ? parties.ownVolunteer() : null;
        ServiceLog log = log(request, household, volunteer, party);
        log.supportGroupId = group.id;
        log.persist();
        CommitmentContact contact = contact(request, log, household);
        contact.supportGroupId = group.id;
        contact.persist();
        group.lastContactOn = latest(group.lastContactOn, request.contactedOn());
        group.quietLevel = 0;
        events.fire(new MatchingEvent.CommitmentStep(Of.GROUP, id, household.id, null,
                CaseEventKind.COMMITMENT_CONTACT, volunteer, contact.followUp));
        return ContactView.from(contact, log);
    }

    /** The contacts of a pair, newest first, for its volunteer and case workers. */
    public List<ContactView> listOfPair(long id) {
        Pairing pairing = PairTrial.find(id);
        parties.of(Household.findById(pairing.householdId), List.of(pairing.volunteerId), "pairing", id);
        return views(CommitmentContact.list("pairingId = ?1 order by id desc", id));
    }

    /** The contacts of a group, newest first, for its volunteers (also those who left) and case workers. */
    public List<ContactView> listOfGroup(long id) {
        SupportGroup group = GroupTrial.find(id);
        parties.of(Household.findById(group.householdId), group.members.stream().map(m -> m.volunteerId).toList(),
                "support group", id);
        return views(CommitmentContact.list("supportGroupId = ?1 order by id desc", id));
    }

    private ServiceLog log(ContactRequest request, Household household, Long volunteerId, Party party) {
        ServiceLog log = new ServiceLog();
        log.householdId = household.id;
        log.volunteerId = volunteerId;
        log.category = request.dimensions().get(0).category;
        log.servedOn = request.contactedOn();
        log.hours = request.hours();
        log.personTimes = request.participants().size();
        log.note = Parties.reason(request.summary(), household);
        log.loggedBy = parties.userId();
        log.createdAt = Timestamps.now();
        return log;
    }

    private static CommitmentContact contact(ContactRequest request, ServiceLog log, Household household) {
        CommitmentContact contact = new CommitmentContact();
        contact.serviceLogId = log.id;
        contact.channel = request.channel();
        contact.dimensions = request.dimensions().stream().distinct().map(Enum::name)
                .collect(Collectors.joining(","));
        contact.participants = request.participants().stream().map(String::strip).collect(Collectors.joining(","));
        contact.followUp = request.followUp() == null || request.followUp().isBlank() ? null
                : Parties.reason(request.followUp(), household);
        contact.createdAt = log.createdAt;
        return contact;
    }

    private static List<ContactView> views(List<CommitmentContact> contacts) {
        Map<Long, ServiceLog> logs = contacts.isEmpty() ? Map.of()
                : ServiceLog.<ServiceLog>list("id in ?1", contacts.stream().map(c -> c.serviceLogId).toList()).stream()
                        .collect(Collectors.toMap(s -> s.id, Function.identity()));
        return contacts.stream().map(c -> ContactView.from(c, logs.get(c.serviceLogId))).toList();
    }

    private static LocalDate latest(LocalDate known, LocalDate contact) {
        return known == null || contact.isAfter(known) ? contact : known;
    }

    private static void requireActive(CommitmentStatus status, String what, long id) {
        if (status == CommitmentStatus.ENDED) {
            throw new CommitmentEnded("The " + what + " " + id + " has ended: no more contacts can be recorded");
        }
    }
}
