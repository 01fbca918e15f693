package org.tongxing.matching.run;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tongxing.claim.ClaimStatus;
import org.tongxing.common.ChinaTime;
import org.tongxing.common.Gender;
import org.tongxing.household.GenderWishFor;
import org.tongxing.household.Household;
import org.tongxing.matching.domain.Family;
import org.tongxing.matching.domain.GeoPoint;
import org.tongxing.need.Need;
import org.tongxing.need.NeedCategory;
import org.tongxing.volunteer.WeeklyAvailability;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Households as the matcher sees them, from what the family said: its languages (own first), its weekly free
 * times (null when it did not say, so nobody invents an overlap), where it lives (compound, coordinates where
 * known), and a gender wish, applied only to the help meant for the person it is for. Volunteers who served
 * the family before (accepted claims, pairs, groups) count for continuity.
 */
final class Families {

    private final Map<Long, Family> families = new HashMap<>();
    private final Map<Long, Wish> wishes = new HashMap<>();

    /** The family's wish for a volunteer's gender, and who among its members are children. */
    private record Wish(Gender gender, GenderWishFor forWhom, Set<Long> minors) {
    }

    private Families() {
    }

    static Families of(Collection<Long> householdIds) {
        Families of = new Families();
        if (householdIds.isEmpty()) {
            return of;
        }
        List<Long> ids = List.copyOf(new HashSet<>(householdIds));
        Map<Long, Set<Long>> previous = previousVolunteers(ids);
        LocalDate today = ChinaTime.today();
        List<Household> households = Household.list("select distinct h from Household h left join fetch h.members "
                + "where h.id in ?1", ids);
        for (Household h : households) {
            Set<Long> minors = new HashSet<>();
            h.members.stream().filter(m -> m.isMinorOn(today)).map(m -> m.id).forEach(minors::add);
            Wish wish = new Wish(h.genderWish, h.genderWishFor, minors);
            of.wishes.put(h.id, wish);
            // The family as a whole and as a mother with her 1+3+1 group: a wish for the mother or the family holds.
            of.families.put(h.id, new Family(h.id, h.areaCode, location(h), h.languages, availability(h), null,
                    wish.forWhom() == GenderWishFor.CHILD ? null : wish.gender(),
                    !minors.isEmpty(), previous.getOrDefault(h.id, Set.of())));
        }
        return of;
    }

    /** The family as a whole, or as the mother of a 1+3+1 group; null if there is no such household. */
    Family get(long householdId) {
        return families.get(householdId);
    }

    /**
     * The family for a pair on this need: the gender wish holds when it is for the whole family or for the person
     * the need is about, which is the member it names, else a child for tutoring and sponsorship, else an adult.
     */
    Family forNeed(Need need) {
        Family family = families.get(need.householdId);
        Wish wish = wishes.get(need.householdId);
        if (family == null || wish.gender() == null) {
            return family;
        }
        boolean forChild = need.memberId != null ? wish.minors().contains(need.memberId)
                : need.category == NeedCategory.TUTORING || need.category == NeedCategory.SCHOLARSHIP;
        boolean holds = switch (wish.forWhom()) {
            case FAMILY -> true;
            case CHILD -> forChild;
            case MOTHER -> !forChild;
        };
        Gender preferred = holds ? wish.gender() : null;
        return preferred == family.preferredGender() ? family
                : new Family(family.householdId(), family.area(), family.location(), family.languages(),
                        family.availability(), family.requiredGender(), preferred, family.involvesMinor(),
                        family.previousVolunteerIds());
    }

    private static GeoPoint location(Household h) {
        return h.latitude == null || h.longitude == null ? null : new GeoPoint(h.latitude, h.longitude);
    }

    private static WeeklyAvailability availability(Household h) {
        return h.availabilityMask == null ? null : new WeeklyAvailability(h.availabilityMask);
    }

    private static Map<Long, Set<Long>> previousVolunteers(List<Long> ids) {
        Map<Long, Set<Long>> previous = new HashMap<>();
        collect(previous, "select n.householdId, c.volunteerId from Claim c, Need n where c.needId = n.id "
                + "and c.volunteerId is not null and c.status in ?2 and n.householdId in ?1", ids,
                List.of(ClaimStatus.ACCEPTED, ClaimStatus.DELIVERED, ClaimStatus.CONFIRMED));
        collect(previous, "select p.householdId, p.volunteerId from Pairing p where p.householdId in ?1", ids, null);
        collect(previous,
                "select g.householdId, m.volunteerId from GroupMember m join m.group g where g.householdId in ?1",
                ids, null);
        return previous;
    }

    private static void collect(Map<Long, Set<Long>> into, String query, List<Long> ids, Object second) {
        var q = Panache.getEntityManager().createQuery(query, Object[].class).setParameter(1, ids);
        if (second != null) {
            q.setParameter(2, second);
        }
        for (Object[] row : q.getResultList()) {
            into.computeIfAbsent((Long) row[0], k -> new HashSet<>()).add((Long) row[1]);
        }
    }
}
