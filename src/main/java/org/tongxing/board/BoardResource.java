package org.tongxing.board;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongxing.common.Roles;

@Path("/api/open-needs")
@Tag(name = "Claims")
public class BoardResource {

    @Inject
    BoardService board;

    @GET
    @RolesAllowed({Roles.VOLUNTEER, Roles.ORG_MEMBER, Roles.WORKER, Roles.CADRE, Roles.ADMIN})
    @Operation(summary = "The open-requests board: open needs you may claim, in their public form",
            description = "Most urgent first, then oldest. Pass nextCursor back as cursor for the next page. "
                    + "Each item says whether you could claim it and, if not, why; standing shows your limits.")
    public BoardPage board(@Valid @BeanParam BoardFilter filter) {
        return board.page(filter);
    }
}
