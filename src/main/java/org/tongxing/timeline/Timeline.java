package org.tongxing.timeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.tongxing.common.CurrentActor;
import org.tongxing.common.Page;
import org.tongxing.common.PageParams;
import org.tongxing.common.Timestamps;

import io.quarkus.panache.common.Sort;

/**
 * Appends to and reads a household's history. Every {@link CaseHistory} event is appended in the transaction of
 * the change that fired it (one is required): the entry commits with the change or not at all.
 */
@ApplicationScoped
public class Timeline {

    @Inject
    CurrentActor actor;

    @Transactional(Transactional.TxType.MANDATORY)
    void record(@Observes CaseHistory change) {
        CaseEvent event = new CaseEvent();
        event.householdId = change.householdId();
        event.needId = change.needId();
        event.occurredAt = Timestamps.now();
        event.actor = actor.name();
        event.kind = change.kind();
        event.summary = change.summary();
        event.details = change.details();
        event.persist();
    }

    public Page<CaseEventView> of(long householdId, PageParams page) {
        Sort newestFirst = Sort.descending("occurredAt").and("id", Sort.Direction.Descending);
        return Page.of(CaseEvent.find("householdId", newestFirst, householdId), page, CaseEventView::from);
    }
}
