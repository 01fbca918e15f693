package org.tongxing.matching.benchmark;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.tongxing.area.AreaCode;
import org.tongxing.common.Gender;
import org.tongxing.common.VettingStatus;
import org.tongxing.matching.domain.Candidate;
import org.tongxing.matching.domain.Family;
import org.tongxing.matching.domain.FormingGroup;
import org.tongxing.matching.domain.GroupLeader;
import org.tongxing.matching.domain.KeptApart;
import org.tongxing.matching.domain.PairingRequest;
import org.tongxing.matching.solver.MatchingProblem;
import org.tongxing.need.NeedCategory;
import org.tongxing.volunteer.WeeklyAvailability;

/**
 * Seeded, city-shaped instances: districts of 8 streets x 5 communities x 6 compounds, most volunteers
 * willing to travel within their street and a third within their district, Mandarin everywhere with
 * Cantonese and Hakka pockets, and demand that slightly outruns the skills on offer, so some requests stay
 * unassigned in the optimum and the solver has real trade-offs to make.
 */
final class InstanceGenerator {

    private static final NeedCategory[] PAIR_CATEGORIES = {NeedCategory.TUTORING, NeedCategory.TUTORING,
            NeedCategory.PSYCHOLOGICAL_SUPPORT, NeedCategory.PSYCHOLOGICAL_SUPPORT, NeedCategory.SCHOLARSHIP,
            NeedCategory.COMPANIONSHIP};
    private static final NeedCategory[] GROUP_CATEGORIES = {NeedCategory.JOB_TRAINING, NeedCategory.TUTORING,
            NeedCategory.PSYCHOLOGICAL_SUPPORT, NeedCategory.COMPANIONSHIP, NeedCategory.DAILY_LIVING,
            NeedCategory.LEGAL_AID};

    private final Random random;
    private final int districts;
    private long nextId = 1;

    InstanceGenerator(long seed, int districts) {
        this.random = new Random(seed);
        this.districts = districts;
    }

    MatchingProblem pairs(int volunteerCount, int requestCount) {
        List<Candidate> volunteers = volunteers(volunteerCount, PAIR_CATEGORIES);
        List<KeptApart> conflicts = new ArrayList<>();
        List<PairingRequest> requests = new ArrayList<>();
        int[] pinnedLoad = new int[volunteers.size()];
        for (int i = 0; i < requestCount; i++) {
            Family family = family(volunteers, random.nextDouble() < 0.7);
            NeedCategory category = pick(PAIR_CATEGORIES);
            Long confirmed = null;
            int v = random.nextInt(volunteers.size());
            Candidate someone = volunteers.get(v);
            if (random.nextDouble() < 0.03 && someone.isVetted() && someone.covers(category)
                    && pinnedLoad[v] < someone.freePlaces() && street(someone.area()).equals(street(family.area()))) {
                pinnedLoad[v]++;
                confirmed = someone.id();
            } else if (random.nextDouble() < 0.02) {
                conflicts.add(new KeptApart(someone.id(), family.householdId()));
            }
            requests.add(new PairingRequest(nextId++, nextId++, category, family, confirmed));
        }
        return new MatchingProblem(volunteers, List.of(), requests, List.of(), conflicts);
    }

    MatchingProblem groups(int motherCount) {
        List<Candidate> volunteers = volunteers(motherCount * 2, GROUP_CATEGORIES);
        List<GroupLeader> cadres = new ArrayList<>();
        for (int i = 0; i < Math.max(2, motherCount / 3); i++) {
            cadres.add(new GroupLeader(nextId++, area(), 3 + random.nextInt(2), random.nextInt(2)));
        }
        List<FormingGroup> groups = new ArrayList<>();
        for (int i = 0; i < motherCount; i++) {
            Set<NeedCategory> needs = EnumSet.noneOf(NeedCategory.class);
            int needCount = 2 + random.nextInt(3);
            while (needs.size() < needCount) {
                needs.add(pick(GROUP_CATEGORIES));
            }
            Family mother = family(volunteers, random.nextDouble() < 0.5);
            groups.add(new FormingGroup(mother.householdId(), mother, needs, null, List.of()));
        }
        return new MatchingProblem(volunteers, cadres, List.of(), groups, List.of());
    }

    private List<Candidate> volunteers(int count, NeedCategory[] categories) {
        List<Candidate> volunteers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Set<NeedCategory> skills = EnumSet.noneOf(NeedCategory.class);
            int skillCount = 1 + random.nextInt(2);
            while (skills.size() < skillCount) {
                skills.add(pick(categories));
            }
            Set<NeedCategory> preferred = random.nextDouble() < 0.4 ? Set.of(skills.iterator().next()) : Set.of();
            int capacity = 1 + random.nextInt(2);
            volunteers.add(new Candidate(nextId++, random.nextDouble() < 0.7 ? Gender.FEMALE : Gender.MALE, area(),
                    null, languages(), skills, preferred, availability(), random.nextDouble() < 0.92
                            ? VettingStatus.VETTED : VettingStatus.PENDING,
                    capacity, random.nextDouble() < 0.1 ? 1 : 0,
                    random.nextDouble() < 0.65 ? AreaCode.SAME_STREET : AreaCode.SAME_DISTRICT));
        }
        return volunteers;
    }

    private Family family(List<Candidate> volunteers, boolean minor) {
        long householdId = nextId++;
        String area = area();
        Set<Long> previous = new HashSet<>();
        if (random.nextDouble() < 0.15) {
            previous.add(volunteers.get(random.nextInt(volunteers.size())).id());
        }
        double genderWish = random.nextDouble();
        Gender preferred = genderWish < 0.2 ? Gender.FEMALE : genderWish < 0.25 ? Gender.MALE : null;
        Gender required = random.nextDouble() < 0.05 ? Gender.FEMALE : null;
        return new Family(householdId, area, null, familyLanguages(), availability(), required, preferred, minor,
                previous);
    }

    private List<String> languages() {
        List<String> spoken = new ArrayList<>(List.of("cmn"));
        if (random.nextDouble() < 0.4) {
            spoken.add("yue");
        }
        if (random.nextDouble() < 0.1) {
            spoken.add("hak");
        }
        return spoken;
    }

    private List<String> familyLanguages() {
        double r = random.nextDouble();
        return r < 0.35 ? List.of("yue", "cmn") : r < 0.45 ? List.of("hak", "cmn") : List.of("cmn");
    }

    private WeeklyAvailability availability() {
        int mask = 0;
        int slots = 5 + random.nextInt(8);
        for (int i = 0; i < slots; i++) {
            mask |= 1 << random.nextInt(21);
        }
        return new WeeklyAvailability(mask);
    }

    private String area() {
        return String.format("4401%02d%03d%03d%03d", 1 + random.nextInt(districts), 1 + random.nextInt(8),
                1 + random.nextInt(5), 1 + random.nextInt(6));
    }

    private static String street(String area) {
        return area.substring(0, 9);
    }

    private NeedCategory pick(NeedCategory[] categories) {
        return categories[random.nextInt(categories.length)];
    }
}
