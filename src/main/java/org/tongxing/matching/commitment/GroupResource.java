package org.tongxing.matching.commitment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongxing.account.Roles;
import org.tongxing.common.Page;
import org.tongxing.common.PageParams;

@Path("/api/matching/groups")
@Tag(name = "Matching")
public class GroupResource {

    @Inject
    CommitmentService commitments;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER})
    @Operation(summary = "1+3+1 groups of your area (default: active ones), newest first", description = "Sortable by formedAt, status")
    public Page<GroupView> list(@Valid @BeanParam CommitmentFilter filter, @Valid @BeanParam PageParams page) {
        return commitments.groups(filter, page);
    }
}
