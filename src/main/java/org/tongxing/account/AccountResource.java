package org.tongxing.account;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.groups.ConvertGroup;
import jakarta.validation.groups.Default;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongxing.common.OnUpdate;
import org.tongxing.common.Page;
import org.tongxing.common.PageParams;
import org.tongxing.common.Roles;

@Path("/api/users")
@Tag(name = "Accounts", description = "Sign-in, sessions and user administration")
@RolesAllowed(Roles.ADMIN)
public class AccountResource {

    @Inject
    AccountService accounts;

    @GET
    @Operation(summary = "List accounts", description = "Sortable by username, role, createdAt, lastLoginAt")
    public Page<AccountView> list(@Valid @BeanParam AccountFilter filter, @Valid @BeanParam PageParams page) {
        return accounts.list(filter, page);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get one account")
    public AccountView get(@PathParam("id") long id) {
        return accounts.get(id);
    }

    @POST
    @Operation(summary = "Create an account", description = "Passwords need 10+ characters and must not be common")
    public Response create(@NotNull @Valid AccountRequest request) {
        AccountView created = accounts.create(request);
        return Response.created(URI.create("/api/users/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Update an account", description = "Disabling it or changing its role ends its sessions")
    public AccountView update(@PathParam("id") long id,
            @NotNull @Valid @ConvertGroup(from = Default.class, to = OnUpdate.class) AccountRequest request) {
        return accounts.update(id, request);
    }

    @PUT
    @Path("/{id}/password")
    @Operation(summary = "Set a new password; the owner must change it at next sign-in; their sessions end")
    public Response resetPassword(@PathParam("id") long id, @NotNull @Valid AdminPasswordReset reset) {
        accounts.resetPassword(id, reset);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/sign-out")
    @Operation(summary = "Sign the account out everywhere: ends every session it has")
    public Response signOutEverywhere(@PathParam("id") long id) {
        accounts.signOutEverywhere(id);
        return Response.noContent().build();
    }
}
