package org.tongxing.account;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import io.vertx.core.http.HttpServerRequest;

@Path("/api/me")
@Tag(name = "Accounts")
@Authenticated
public class MeResource {

    @Inject
    CurrentViewer viewer;

    @Inject
    AccountService accounts;

    @GET
    @Operation(summary = "Your own account")
    public AccountView me() {
        return accounts.get(viewer.get().userId());
    }

    @PUT
    @Path("/password")
    @Operation(summary = "Change your password; every session of yours ends, so sign in again")
    public Response changePassword(@NotNull @Valid PasswordChange change, @Context HttpServerRequest http) {
        accounts.changeOwnPassword(viewer.get().userId(), change);
        return Response.noContent().cookie(SessionCookies.clear(AuthResource.isTls(http))).build();
    }

    @DELETE
    @Path("/sessions")
    @Operation(summary = "Sign out everywhere: ends every session of yours")
    public Response signOutEverywhere(@Context HttpServerRequest http) {
        accounts.signOutEverywhere(viewer.get().userId());
        return Response.noContent().cookie(SessionCookies.clear(AuthResource.isTls(http))).build();
    }
}
