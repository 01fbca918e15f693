package org.tongxing.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongxing.common.Page;
import org.tongxing.common.PageParams;
import org.tongxing.common.Roles;

/** Read-only: there is deliberately no endpoint that changes or deletes a disclosure. */
@Path("/api/disclosures")
@Tag(name = "Privacy", description = "Who was shown which family's identity, when and why")
public class DisclosureResource {

    @Inject
    DisclosureService disclosures;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.CADRE})
    @Operation(summary = "The disclosure log, newest first (a cadre: for the households of their area)")
    public Page<DisclosureView> list(@Valid @BeanParam DisclosureFilter filter, @Valid @BeanParam PageParams page) {
        return disclosures.list(filter, page);
    }
}
