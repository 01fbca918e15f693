package org.tongxing.matching.run;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.tongxing.account.Viewer;
import org.tongxing.area.AreaNames;
import org.tongxing.area.AreaService;
import org.tongxing.common.Filter;
import org.tongxing.common.InvalidInput;
import org.tongxing.common.InvalidState;
import org.tongxing.common.NotFound;
import org.tongxing.common.Page;
import org.tongxing.common.PageParams;
import org.tongxing.common.Role;
import org.tongxing.common.SortOrder;
import org.tongxing.matching.MatchingConfig;
import org.tongxing.matching.MatchingRun;
import org.tongxing.matching.RunStatus;
import org.tongxing.privacy.AccessPolicy;

import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Multi;

/** Starting, reading and stopping matching runs. A cadre works within their own area; ADMIN anywhere. */
@ApplicationScoped
public class MatchingRunService {

    private static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "status", "status",
            "kind", "kind", "areaCode", "areaCode");
    /** How long stopping waits for the solver to hand over its best plan (a flow polish can take 4 s). */
    private static final Duration STOP_WAIT = Duration.ofSeconds(15);

    @Inject
    AccessPolicy access;

    @Inject
    AreaService areas;

    @Inject
    AreaNames areaNames;

    @Inject
    MatchingConfig config;

    @Inject
    RunStarter starter;

    @Inject
    RunSolving solving;

    @Inject
    RunTransitions transitions;

    @Inject
    RunLeases leases;

    @Inject
    RunFeeds feeds;

    @Inject
    RemoteFollow remote;

    /** Queues the run and hands it to the solver; 409 if one of its kind is active in the district. */
    public RunView start(RunRequest request) {
        areas.requireArea("areaCode", request.areaCode());
        access.requireAreaInScope(request.areaCode());
        int limit = timeLimit(request);
        leases.reap();
        MatchingRun run = starter.queue(request.kind(), request.areaCode(), limit, access.viewer().userId(),
                solving.instanceId);
        solving.submit(run);
        return view(run);
    }

    public RunView get(long id) {
        return view(requireVisible(id));
    }

    public Page<RunView> list(RunFilter filter, PageParams page) {
        Filter where = new Filter().equal("kind", filter.kind).equal("status", filter.status)
                .startsWith("areaCode", AccessPolicy.narrow(filter.areaPrefix, access.caseAreaScope()));
        Sort sort = SortOrder.parse(page.sort, SORTABLE,
                Sort.descending("createdAt").and("id", Sort.Direction.Descending));
        return Page.of(MatchingRun.<MatchingRun>find(where.query(), sort, where.parameters()), page, this::view);
    }

    /**
     * Stops a run early: its best plan so far becomes its proposals. Answers once the run ended, or with the
     * run as it stands when it is solved elsewhere and that instance has yet to stop it.
     */
    public RunView stop(long id) {
        MatchingRun run = requireVisible(id);
        if (!run.status.isActive()) {
            throw new InvalidState("The run already ended: " + run.status);
        }
        Optional<RunStatus> ended = solving.stop(id, STOP_WAIT);
        if (ended.isEmpty() && !transitions.stopQueued(id)) {
            transitions.requestStop(id);
        }
        return view(transitions.read(id));
    }

    /** The run's progress: from this instance's feed when it solves the run, else from the database. */
    public Multi<RunEvent> events(long id) {
        MatchingRun run = requireVisible(id);
        Multi<RunEvent> local = feeds.follow(id);
        if (local != null) {
            return local;
        }
        return run.status.isActive() ? remote.follow(id) : Multi.createFrom().item(RunEvents.end(run));
    }

    /** The run, if the viewer may see it: ADMIN, or a cadre whose area contains the run's. Otherwise 404. */
    public MatchingRun requireVisible(long id) {
        MatchingRun run = MatchingRun.findById(id);
        Viewer viewer = access.viewer();
        if (run == null || !(viewer.is(Role.ADMIN) || (viewer.is(Role.CADRE) && viewer.covers(run.areaCode)))) {
            throw new NotFound("matching run", id);
        }
        return run;
    }

    private int timeLimit(RunRequest request) {
        long seconds = request.timeLimitSeconds() == null ? config.runs().defaultTimeLimit().toSeconds()
                : request.timeLimitSeconds();
        if (seconds > config.spentLimit().toSeconds()) {
            throw new InvalidInput("The time limit is longer than the solver allows", "timeLimitSeconds",
                    "must be at most " + config.spentLimit().toSeconds());
        }
        return (int) seconds;
    }

    private RunView view(MatchingRun run) {
        String live = solving.localRun(run.id).map(LocalRun::bestScore).orElse(null);
        return RunView.from(run, areaNames.nameZh(run.areaCode), live);
    }
}
