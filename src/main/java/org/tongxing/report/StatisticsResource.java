package org.tongxing.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongxing.common.Roles;

@Path("/api/statistics")
@Tag(name = "Statistics", description = "Counts for an area and period, and exports")
public class StatisticsResource {

    @Inject
    StatisticsService statistics;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER})
    @Operation(summary = "Statistics of an area (within yours) and period",
            description = "area: an area code (default: your area); from, to: days in China's calendar, inclusive "
                    + "(default: the twelve months up to today). An area wider than yours is narrowed to yours.")
    public Statistics get(@Valid @BeanParam StatisticsQuery query) {
        return statistics.compute(statistics.scope(query));
    }
}
