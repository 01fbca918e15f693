package org.tongxing.matching;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Group runs solved by local search alone, so that they go on until their limits: for the tests that need a run
 * still solving (to be refused a second one, stopped early, or changed while it solves). On the default settings
 * a small group plan is solved exactly and the run ends at once, proven optimal.
 */
public class LocalSearchForGroups implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("tongxing.matching.exact-groups-up-to", "0");
    }
}
