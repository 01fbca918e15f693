package org.tongxing.matching.commitment;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.tongxing.area.AreaCode;
import org.tongxing.area.AreaLevel;
import org.tongxing.area.AreaNames;
import org.tongxing.cadre.Cadre;
import org.tongxing.household.Household;
import org.tongxing.matching.GroupMember;
import org.tongxing.matching.Pairing;
import org.tongxing.matching.SupportGroup;
import org.tongxing.matching.review.ProposalView.Person;
import org.tongxing.need.Need;
import org.tongxing.volunteer.Volunteer;

/** Pairs and groups with the names and facts their readers need, looked up in a few queries per list. */
@ApplicationScoped
public class CommitmentViews {

    @Inject
    AreaNames areaNames;

    public List<PairingView> pairings(List<Pairing> pairings) {
        Map<Long, Household> households = households(pairings.stream().map(p -> p.householdId).toList());
        Map<Long, Need> needs = byId(Need.list("id in ?1", ids(pairings.stream().map(p -> p.needId).toList())),
                (Need n) -> n.id);
        Map<Long, Volunteer> volunteers = volunteers(pairings.stream().map(p -> p.volunteerId).toList());
        return pairings.stream().map(p -> {
            Household h = households.get(p.householdId);
            return new PairingView(p.id, p.needId, needs.get(p.needId).category, p.householdId, h.areaCode,
                    areaNames.nameZh(h.areaCode), h.composition, person(volunteers.get(p.volunteerId)), p.status,
                    p.since,
                    p.endedAt, p.endReason, p.proposalId, p.version, Course.of(p));
        }).toList();
    }

    public List<GroupView> groups(List<SupportGroup> groups) {
        Map<Long, Household> households = households(groups.stream().map(g -> g.householdId).toList());
        Map<Long, Cadre> cadres = byId(Cadre.list("id in ?1", ids(groups.stream().map(g -> g.cadreId).toList())),
                (Cadre c) -> c.id);
        Map<Long, Volunteer> volunteers = volunteers(groups.stream()
                .flatMap(g -> g.activeMembers().stream().map(m -> m.volunteerId)).toList());
        Map<Long, Need> needs = byId(
                Need.list("id in ?1", ids(groups.stream().flatMap(g -> g.needIds.stream()).toList())),
                (Need n) -> n.id);
        return groups.stream().map(g -> {
            Household h = households.get(g.householdId);
            Cadre c = cadres.get(g.cadreId);
            return new GroupView(g.id, g.householdId, h.areaCode, areaNames.nameZh(h.areaCode), h.composition,
                    new Person(c.id, c.name, c.areaCode, areaNames.nameZh(c.areaCode)),
                    g.activeMembers().stream()
                            .map(m -> new GroupView.Seat(m.seat, person(volunteers.get(m.volunteerId)),
                                    m.joinedAt, m.answer))
                            .toList(),
                    g.needIds.stream().sorted().map(needs::get)
                            .map(n -> new GroupView.TakenNeed(n.id, n.category, n.status)).toList(),
                    g.status, g.formedAt, g.endedAt, g.version, Course.of(g));
        }).toList();
    }

    /** A volunteer's own view: families by street and shape only, as on the open-requests board. */
    public CommitmentsView ofVolunteer(long volunteerId, List<Pairing> pairings, List<GroupMember> seats) {
        Map<Long, Household> households = households(
                java.util.stream.Stream.concat(pairings.stream().map(p -> p.householdId),
                        seats.stream().map(s -> s.group.householdId)).toList());
        Map<Long, Need> needs = byId(Need.list("id in ?1", ids(java.util.stream.Stream.concat(
                pairings.stream().map(p -> p.needId), seats.stream().flatMap(s -> s.group.needIds.stream())).toList())),
                (Need n) -> n.id);
        Map<Long, Cadre> cadres = byId(Cadre.list("id in ?1", ids(seats.stream().map(s -> s.group.cadreId).toList())),
                (Cadre c) -> c.id);
        var pairs = pairings.stream().map(p -> {
            String street = street(households.get(p.householdId));
            return new CommitmentsView.PairCommitment(p.id, p.needId, needs.get(p.needId).category, street,
                    areaNames.nameZh(street), households.get(p.householdId).composition, p.since, p.version,
                    Course.of(p));
        }).toList();
        var groups = seats.stream().map(s -> {
            String street = street(households.get(s.group.householdId));
            return new CommitmentsView.GroupCommitment(s.group.id, s.seat, street, areaNames.nameZh(street),
                    cadres.get(s.group.cadreId).name,
                    s.group.needIds.stream().sorted().map(id -> needs.get(id).category)
                            .distinct().toList(),
                    s.group.activeMembers().size(), s.joinedAt, s.group.version, s.answer, Course.of(s.group));
        }).toList();
        return new CommitmentsView(volunteerId, pairs, groups);
    }

    private Person person(Volunteer v) {
        return new Person(v.id, v.name, v.areaCode, areaNames.nameZh(v.areaCode));
    }

    private static String street(Household h) {
        return AreaCode.of(h.areaCode).truncateTo(AreaLevel.STREET).value();
    }

    private static Map<Long, Household> households(Collection<Long> ids) {
        return byId(Household.list("id in ?1", ids(ids)), (Household h) -> h.id);
    }

    private static Map<Long, Volunteer> volunteers(Collection<Long> ids) {
        return byId(Volunteer.list("id in ?1", ids(ids)), (Volunteer v) -> v.id);
    }

    /** "in ()" is not valid SQL, so an empty list asks for an id no row has. */
    private static List<Long> ids(Collection<Long> ids) {
        Set<Long> all = new HashSet<>(ids);
        return all.isEmpty() ? List.of(-1L) : List.copyOf(all);
    }

    private static <T> Map<Long, T> byId(List<T> items, Function<T, Long> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
