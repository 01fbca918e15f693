package org.tongxing.household;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongxing.common.Page;
import org.tongxing.common.PageParams;
import org.tongxing.common.Roles;
import org.tongxing.privacy.AccessPolicy;
import org.tongxing.timeline.CaseEventView;
import org.tongxing.timeline.Timeline;

/** A case file's history over the API, for those who may read the file: the household decides who, the timeline keeps it. */
@Path("/api/households/{householdId}/timeline")
@Tag(name = "Households")
public class TimelineResource {

    @Inject
    HouseholdService households;

    @Inject
    Timeline timeline;

    @Inject
    AccessPolicy access;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER, Roles.FAMILY})
    @Operation(summary = "The history of a case file, newest first")
    public Page<CaseEventView> list(@PathParam("householdId") long householdId, @Valid @BeanParam PageParams page) {
        access.requireHouseholdRead(households.require(householdId));
        return timeline.of(householdId, page);
    }
}
