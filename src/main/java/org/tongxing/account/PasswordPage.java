package org.tongxing.account;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.tongxing.common.DomainException;
import org.tongxing.ui.AppMessages;
import org.tongxing.ui.FormCheck;
import org.tongxing.ui.FormErrors;
import org.tongxing.ui.PageMessages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.vertx.core.http.HttpServerRequest;

/**
 * Choosing a new password. Every session of the account ends with the change, this one too, so the page
 * sends its user to sign in again. Accounts given a one-time password are sent here first.
 */
@Path("/me/password")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class PasswordPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance password(boolean required, FormErrors errors);
    }

    @Inject
    AccountService accounts;

    @Inject
    CurrentViewer viewer;

    @Inject
    FormCheck forms;

    @Inject
    PageMessages messages;

    @GET
    public TemplateInstance form() {
        return Templates.password(viewer.get().mustChangePassword(), FormErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@RestForm String currentPassword, @RestForm String newPassword,
            @Context HttpServerRequest http) {
        PasswordChange change = new PasswordChange(currentPassword == null ? "" : currentPassword, newPassword);
        FormErrors errors = forms.validate(change);
        if (!errors.any()) {
            try {
                accounts.changeOwnPassword(viewer.get().userId(), change);
                return Response.seeOther(URI.create("/login?done=password"))
                        .cookie(SessionCookies.clear(AuthResource.isTls(http))).build();
            } catch (DomainException e) {
                errors = forms.of(e);
            }
        }
        AppMessages words = messages.of(AppMessages.class);
        return Response.status(400).entity(Templates.password(viewer.get().mustChangePassword(),
                errors.withMessage("currentPassword", words.password_wrong_current())
                        .withMessage("newPassword", words.password_rule())))
                .build();
    }
}
