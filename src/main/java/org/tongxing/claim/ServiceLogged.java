package org.tongxing.claim;

import java.util.Map;

import org.tongxing.timeline.CaseEventKind;
import org.tongxing.timeline.CaseHistory;

/** A service under a claim was logged, fired as a CDI event; the timeline records it. */
public record ServiceLogged(ServiceLog log) implements CaseHistory {

    @Override
    public long householdId() {
        return log.householdId;
    }

    @Override
    public Long needId() {
        return log.needId;
    }

    @Override
    public CaseEventKind kind() {
        return CaseEventKind.SERVICE_LOGGED;
    }

    @Override
    public String summary() {
        return "Service logged";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("claimId", log.claimId, "hours", log.hours, "personTimes", log.personTimes);
    }
}
