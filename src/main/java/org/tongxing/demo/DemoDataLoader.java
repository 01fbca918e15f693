package org.tongxing.demo;

import java.util.List;
import java.util.Random;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.tongxing.account.PasswordHasher;
import org.tongxing.area.Area;
import org.tongxing.area.AreaLevel;
import org.tongxing.household.FollowUpConfig;
import org.tongxing.household.Household;

import io.quarkus.runtime.StartupEvent;

/**
 * Loads the demo district at start-up when {@code tongxing.demo-data.enabled} is true (the default with
 * the embedded database). Idempotent: the district's presence means it is loaded, and an advisory lock
 * keeps two instances starting together from loading it twice.
 */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);
    static final long SEED = 20_261_124L;

    @ConfigProperty(name = "tongxing.demo-data.enabled")
    boolean enabled;

    @Inject
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    FollowUpConfig followUp;

    void onStart(@Observes @Priority(1000) StartupEvent event) {
        if (enabled) {
            load();
        }
    }

    @Transactional
    public void load() {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('tongxing-demo-data'))").getSingleResult();
        if (Area.findById(DemoDistrict.DISTRICT) != null) {
            LOG.info("Demo district already loaded");
            return;
        }
        long start = System.nanoTime();
        List<Area> areas = DemoDistrict.areas();
        areas.forEach(area -> area.persist());
        List<String> compounds = DemoDistrict.compoundCodes(areas);

        DemoPeople people = new DemoPeople(new Random(SEED));
        DemoClock clock = new DemoClock();
        DemoTimeline timeline = new DemoTimeline();
        List<Household> households = new DemoHouseholds(people, clock, timeline).create(compounds, 300);
        DemoHelpers helpers = new DemoHelpers(people, clock);
        helpers.volunteers(compounds, households, 120);
        helpers.cadres(codesAt(areas, AreaLevel.STREET), codesAt(areas, AreaLevel.COMMUNITY));
        helpers.organisations();
        em.flush();
        new DemoAccounts(hasher).create(clock);
        new DemoNeeds(people, clock, timeline).create(households, 400);
        em.flush();
        new DemoClaims(people, clock, timeline).create();
        em.flush();
        new DemoCommitments(clock, timeline).create();
        em.flush();
        new DemoVisits(clock, timeline, followUp).create(households, hasher.hash(DemoAccounts.PASSWORD));
        new DemoProgramme(clock, timeline).create();
        em.flush();
        new DemoBenefits(timeline).create(households);
        em.flush();
        LOG.infof("Loaded the demo district in %d ms", (System.nanoTime() - start) / 1_000_000);
    }

    private static List<String> codesAt(List<Area> areas, AreaLevel level) {
        return areas.stream().filter(a -> a.level == level).map(a -> a.code).toList();
    }
}
