package org.tongxing.timeline;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.tongxing.common.CurrentActor;
import org.tongxing.common.Page;
import org.tongxing.common.PageParams;
import org.tongxing.common.Timestamps;

import io.quarkus.panache.common.Sort;

/** Appends to and reads a household's history. Writes join the caller's transaction. */
@ApplicationScoped
public class Timeline {

    @Inject
    CurrentActor actor;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(long householdId, Long needId, CaseEventKind kind, String summary, Map<String, Object> details) {
        CaseEvent event = new CaseEvent();
        event.householdId = householdId;
        event.needId = needId;
        event.occurredAt = Timestamps.now();
        event.actor = actor.name();
        event.kind = kind;
        event.summary = summary;
        event.details = details;
        event.persist();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(long householdId, CaseEventKind kind, String summary, Map<String, Object> details) {
        record(householdId, null, kind, summary, details);
    }

    public Page<CaseEventView> of(long householdId, PageParams page) {
        Sort newestFirst = Sort.descending("occurredAt").and("id", Sort.Direction.Descending);
        return Page.of(CaseEvent.find("householdId", newestFirst, householdId), page, CaseEventView::from);
    }
}
