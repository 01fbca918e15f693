package org.tongxing.pages.admin;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.tongxing.account.AccountFilter;
import org.tongxing.account.AccountRequest;
import org.tongxing.account.AccountService;
import org.tongxing.account.AccountView;
import org.tongxing.account.AdminPasswordReset;
import org.tongxing.common.DomainException;
import org.tongxing.common.Duplicate;
import org.tongxing.common.Page;
import org.tongxing.common.PageParams;
import org.tongxing.common.Role;
import org.tongxing.common.Roles;
import org.tongxing.common.UnknownReference;
import org.tongxing.ui.FormCheck;
import org.tongxing.ui.FormErrors;
import org.tongxing.ui.FormValues;
import org.tongxing.ui.NulAsFormError;
import org.tongxing.ui.PageMessages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** User administration: the accounts, a new one, and for each: disable or enable, a new password, sign out. */
@Path("/admin/users")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class UserPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Page<AccountView> page, Role role, Boolean enabled);

        static native TemplateInstance create(AccountForm form, FormErrors errors);

        static native TemplateInstance account(AccountView account, FormErrors errors, String done);
    }

    @Inject
    AccountService accounts;

    @Inject
    FormCheck forms;

    @Inject
    PageMessages messages;

    @GET
    public TemplateInstance list(@QueryParam("role") String role, @QueryParam("enabled") String enabled,
            @QueryParam("page") Integer page) {
        AccountFilter filter = new AccountFilter();
        filter.role = FormValues.enumValue(Role.class, role);
        filter.enabled = FormValues.text(enabled) == null ? null : Boolean.valueOf(enabled);
        return Templates.list(accounts.list(filter, PageParams.of(page == null ? 0 : Math.max(0, page), 25, null)),
                filter.role, filter.enabled);
    }

    @GET
    @Path("/new")
    public TemplateInstance createForm() {
        return Templates.create(new AccountForm(), FormErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @NulAsFormError
    public Response create(@BeanParam AccountForm form) {
        AccountRequest request = form.toRequest();
        FormErrors errors = forms.validate(request);
        DomainException refused = null;
        if (!errors.any()) {
            try {
                AccountView created = accounts.create(request);
                return Response.seeOther(URI.create("/admin/users/" + created.id() + "?done=created")).build();
            } catch (DomainException e) {
                errors = forms.of(e);
                refused = e;
            }
        }
        return Response.status(400).entity(Templates.create(form, localised(errors, refused))).build();
    }

    @GET
    @Path("/{id}")
    public TemplateInstance account(@PathParam("id") long id, @QueryParam("done") String done) {
        return Templates.account(accounts.get(id), FormErrors.none(), done);
    }

    @POST
    @Path("/{id}/enabled")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response enable(@PathParam("id") long id, @RestForm String enabled, @RestForm Long version) {
        AccountView a = accounts.get(id);
        boolean on = Boolean.parseBoolean(enabled);
        accounts.update(id, new AccountRequest(a.username(), a.displayName(), a.email(), a.role(), a.areaCode(),
                a.organisationId(), a.volunteerId(), a.householdId(), a.cadreId(), on, null,
                version == null ? -1 : version));
        return done(id, on ? "enabled" : "disabled");
    }

    @POST
    @Path("/{id}/password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resetPassword(@PathParam("id") long id, @RestForm String newPassword) {
        AdminPasswordReset reset = new AdminPasswordReset(newPassword == null ? "" : newPassword);
        FormErrors errors = forms.validate(reset);
        if (!errors.any()) {
            try {
                accounts.resetPassword(id, reset);
                return done(id, "password");
            } catch (DomainException e) {
                errors = forms.of(e);
            }
        }
        AdminMessages words = messages.of(AdminMessages.class);
        return Response.status(400).entity(Templates.account(accounts.get(id),
                errors.withMessage("newPassword", words.password_rule()), null)).build();
    }

    @POST
    @Path("/{id}/sign-out")
    public Response signOut(@PathParam("id") long id) {
        accounts.signOutEverywhere(id);
        return done(id, "signed-out");
    }

    /** The service words its refusals for API clients; the form says the same in the reader's language. */
    private FormErrors localised(FormErrors errors, DomainException refused) {
        AdminMessages words = messages.of(AdminMessages.class);
        FormErrors result = errors.withMessage("username",
                refused instanceof Duplicate ? words.username_taken() : words.username_rule())
                .withMessage("password", words.password_rule());
        for (String link : AccountForm.LINKS) {
            result = result.withMessage(link, refused == null ? words.area_rule()
                    : refused instanceof UnknownReference ? words.unknown_link() : words.link_required());
        }
        return result;
    }

    private static Response done(long id, String what) {
        return Response.seeOther(URI.create("/admin/users/" + id + "?done=" + what)).build();
    }
}
