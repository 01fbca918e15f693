package org.tongxing.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongxing.matching.solver.Fixtures.*;
import static org.tongxing.need.NeedCategory.*;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tongxing.common.Gender;
import org.tongxing.common.VettingStatus;
import org.tongxing.matching.domain.Candidate;
import org.tongxing.matching.domain.Family;
import org.tongxing.matching.domain.FormingGroup;
import org.tongxing.matching.domain.GeoPoint;
import org.tongxing.matching.domain.MatchingPlan;
import org.tongxing.matching.domain.PairingRequest;
import org.tongxing.volunteer.WeeklyAvailability;

class MatchExplainerTest {

    private final Candidate cantoneseTutor = new Candidate(1, Gender.FEMALE, COMPOUND, null, List.of("cmn", "yue"),
            Set.of(TUTORING), Set.of(), EVENINGS, VettingStatus.VETTED, 3, 1, 3);

    @Test
    void namesPlaceLanguageSkillTimeAndPlacesLeftInBothLanguages() {
        Family family = new Family(7, NEIGHBOUR_COMPOUND, null, List.of("yue", "cmn"), EVENINGS, null, null, true,
                Set.of());

        Explanation explanation = MatchExplainer.explain(family, Set.of(TUTORING), cantoneseTutor, 1);

        assertThat(explanation.zh()).isEqualTo("同一社区，都会说粤语，可辅导功课，每周有7个共同空闲时段；该志愿者还剩1/3个名额");
        assertThat(explanation.en()).isEqualTo(
                "same community, both speak Cantonese, covers tutoring, 7 shared free slots a week; volunteer has 1 of 3 places left");
    }

    /** Issue 17: "每周有6个共同空闲时段" was said of families who never said when they are free. */
    @Test
    void claimsNoSharedSlotsWhereTheFamilyDidNotSayWhenItIsFree() {
        Family unsaid = new Family(7, NEIGHBOUR_COMPOUND, null, List.of(), null, null, null, false, Set.of());

        Explanation explanation = MatchExplainer.explain(unsaid, Set.of(TUTORING), cantoneseTutor, 1);

        assertThat(explanation.zh()).isEqualTo("同一社区，可辅导功课；该志愿者还剩1/3个名额");
        assertThat(explanation.en()).doesNotContain("slots", "speak");
    }

    @Test
    void mentionsContinuityAndAGenderWishThatIsMet() {
        Family family = new Family(7, COMPOUND, null, List.of("cmn"), EVENINGS, null, Gender.FEMALE, false, Set.of(1L));

        Explanation explanation = MatchExplainer.explain(family, Set.of(TUTORING), cantoneseTutor, 2);

        assertThat(explanation.zh()).contains("同一小区", "都会说普通话", "曾服务过这个家庭", "符合家庭对志愿者性别的期望");
        assertThat(explanation.en()).contains("same compound", "both speak Mandarin", "has served this family before",
                "matches the family's wish");
    }

    @Test
    void fallsBackToASharedLanguageAndToKilometresWhenBothAreGeocoded() {
        Family hakka = new Family(7, OTHER_STREET, new GeoPoint(23.13, 113.26), List.of("hak", "cmn"),
                new WeeklyAvailability(0), null, null, false, Set.of());
        Candidate located = new Candidate(2, Gender.MALE, COMPOUND, new GeoPoint(23.148, 113.26), List.of("cmn"),
                Set.of(TUTORING), Set.of(), EVENINGS, VettingStatus.VETTED, 2, 0, 3);

        Explanation explanation = MatchExplainer.explain(hakka, Set.of(TUTORING), located, 1);

        assertThat(explanation.zh()).startsWith("相距约2.0公里，可用普通话交流，可辅导功课");
        assertThat(explanation.en()).startsWith("about 2.0 km apart, can talk in Mandarin, covers tutoring");
    }

    @Test
    void groupSeatListsEveryNeedOfTheMotherTheVolunteerCovers() {
        Candidate helper = volunteer(3, JOB_TRAINING, LEGAL_AID);
        Explanation explanation = MatchExplainer.explain(family(9), Set.of(JOB_TRAINING, LEGAL_AID, TUTORING), helper,
                0);

        assertThat(explanation.en()).contains("helps with jobs and training", "offers legal aid")
                .doesNotContain("tutoring");
        assertThat(explanation.zh()).contains("可帮助就业", "可提供法律援助").endsWith("还剩0/3个名额");
    }

    @Test
    void proposalsCountPlacesLeftAcrossPairsAndGroupsAndListUncoveredNeeds() {
        Candidate tutor = volunteer(1, COMPOUND, 3, TUTORING);
        FormingGroup group = new FormingGroup(9, family(9), Set.of(TUTORING, LEGAL_AID), null, List.of());
        PairingRequest request = new PairingRequest(1, 10, TUTORING, family(1), null);
        MatchingPlan plan = MatchingPlanFactory.create(new MatchingProblem(List.of(tutor), List.of(), List.of(request),
                List.of(group), List.of()));
        request.setVolunteer(tutor);
        plan.getVolunteerSlots().get(0).setVolunteer(tutor);

        MatchingProposals proposals = MatchingProposals.of(plan);

        assertThat(proposals.pairs().get(0).volunteerId()).isEqualTo(1L);
        assertThat(proposals.pairs().get(0).explanation().en()).endsWith("volunteer has 1 of 3 places left");
        assertThat(proposals.groups().get(0).members()).hasSize(1);
        assertThat(proposals.groups().get(0).uncoveredNeeds()).containsExactly(LEGAL_AID);
        assertThat(proposals.groups().get(0).cadreId()).isNull();
    }
}
