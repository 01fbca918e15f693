package org.tongxing.assistance;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.tongxing.common.Timestamps;
import org.tongxing.household.Household;
import org.tongxing.household.HouseholdService;
import org.tongxing.privacy.AccessPolicy;

import io.quarkus.panache.common.Sort;

/** One-off assistance on a household's file: recorded by its case workers, read by them and the family. */
@ApplicationScoped
public class AssistanceRecords {

    @Inject
    HouseholdService households;

    @Inject
    AccessPolicy access;

    @Inject
    Event<AssistanceEvent> events;

    @Transactional
    public List<AssistanceView> list(long householdId) {
        access.requireHouseholdRead(households.require(householdId));
        return AssistanceRecord.<AssistanceRecord>find("householdId", Sort.descending("givenOn").and("id"),
                householdId).stream().map(AssistanceView::from).toList();
    }

    @Transactional
    public AssistanceView record(long householdId, AssistanceRequest request) {
        Household household = households.require(householdId);
        access.requireHouseholdEdit(household);
        AssistanceRecord r = new AssistanceRecord();
        r.householdId = householdId;
        r.kind = request.kind();
        r.givenOn = request.givenOn();
        r.amount = Benefits.money(request.amount());
        r.what = request.what().strip();
        r.givenBy = request.givenBy() == null || request.givenBy().isBlank() ? null : request.givenBy().strip();
        r.recordedBy = access.viewer().userId();
        r.createdAt = Timestamps.now();
        r.persistAndFlush();
        events.fire(new AssistanceEvent.AssistanceGiven(r));
        return AssistanceView.from(r);
    }
}
