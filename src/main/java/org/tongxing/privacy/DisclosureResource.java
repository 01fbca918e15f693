package org.tongxing.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongxing.account.Role;
import org.tongxing.account.Roles;
import org.tongxing.common.Filter;
import org.tongxing.common.Page;
import org.tongxing.common.PageParams;

import io.quarkus.panache.common.Sort;

/** Read-only: there is deliberately no endpoint that changes or deletes a disclosure. */
@Path("/api/disclosures")
@Tag(name = "Privacy", description = "Who was shown which family's identity, when and why")
public class DisclosureResource {

    @Inject
    AccessPolicy access;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.CADRE})
    @Operation(summary = "The disclosure log, newest first (a cadre: for the households of their area)")
    public Page<DisclosureView> list(@Valid @BeanParam DisclosureFilter filter, @Valid @BeanParam PageParams page) {
        Filter where = new Filter().equal("householdId", filter.householdId).equal("viewerId", filter.viewerId)
                .equal("needId", filter.needId);
        if (access.viewer().is(Role.CADRE)) {
            where.where("householdId in (select h.id from Household h where h.areaCode like :area)", "area",
                    access.viewer().areaCode() + "%");
        }
        Sort newestFirst = Sort.descending("occurredAt", "id");
        return Page.of(Disclosure.find(where.query(), newestFirst, where.parameters()), page, DisclosureView::from);
    }
}
