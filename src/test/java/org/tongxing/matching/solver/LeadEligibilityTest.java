package org.tongxing.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tongxing.matching.domain.GroupLeader;

/** A lead given by hand passes the rule a run's lead list applies: a free place, the mother's district. */
class LeadEligibilityTest {

    @Test
    void aCadreOfTheDistrictWithAFreePlaceMayLead() {
        assertThat(Eligibility.refusalForLead(Fixtures.cadre(1, 2), Fixtures.family(7))).isNull();
    }

    @Test
    void aCadreWhoLeadsAsManyGroupsAsTheyCanMayNot() {
        GroupLeader full = new GroupLeader(1, Fixtures.COMPOUND, 2, 2);
        assertThat(Eligibility.refusalForLead(full, Fixtures.family(7))).contains("as many groups as they can");
    }

    @Test
    void aCadreOfAnotherDistrictMayNot() {
        GroupLeader elsewhere = new GroupLeader(1, "440102001001001", 2, 0);
        assertThat(Eligibility.refusalForLead(elsewhere, Fixtures.family(7))).contains("another district");
    }

    @Test
    void theRunsLeadListAgreesWithTheRule() {
        GroupLeader free = Fixtures.cadre(1, 2);
        GroupLeader full = new GroupLeader(2, Fixtures.COMPOUND, 1, 1);
        Eligibility rule = new Eligibility(java.util.List.of(), java.util.List.of(free, full), java.util.List.of());
        assertThat(rule.forGroupLead(Fixtures.family(7))).containsExactly(free);
    }
}
