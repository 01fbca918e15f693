package org.tongxing.matching.commitment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongxing.common.Roles;

@Path("/api/me/helpers")
@Tag(name = "Matching")
public class MyHelpersResource {

    @Inject
    FamilyHelpers helpers;

    @GET
    @RolesAllowed(Roles.FAMILY)
    @Operation(summary = "Your family's helpers: the volunteers of its pairs and group, and the group's lead",
            description = "Once the family consented and each volunteer confirmed; a phone only where the helper agreed")
    public Helpers mine() {
        return helpers.mine();
    }
}
