package org.tongxing.pages.family;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.tongxing.account.AccountService;
import org.tongxing.account.AccountView;
import org.tongxing.account.CurrentViewer;
import org.tongxing.common.DomainException;
import org.tongxing.common.Roles;
import org.tongxing.household.FamilySaidForm;
import org.tongxing.household.HouseholdService;
import org.tongxing.household.HouseholdView;
import org.tongxing.household.PreferencesUpdate;
import org.tongxing.ui.FormCheck;
import org.tongxing.ui.FormErrors;
import org.tongxing.ui.Problems;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The family's own profile: its file as the family may see it, and what it says about itself (languages, free
 * times, a gender wish, how to reach it), which the family may state without waiting for a worker's visit.
 */
@Path("/family/profile")
@RolesAllowed(Roles.FAMILY)
@Produces(MediaType.TEXT_HTML)
public class FamilyProfilePage {

    /** What the family said, with the version of the file it was read from. */
    public static class SaidForm extends FamilySaidForm {
        @RestForm
        public Long version;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance profile(HouseholdView household, AccountView account, SaidForm form,
                FormErrors errors, String done);
    }

    @Inject
    HouseholdService households;

    @Inject
    AccountService accounts;

    @Inject
    CurrentViewer viewer;

    @Inject
    FormCheck forms;

    @Inject
    Problems problems;

    @GET
    public TemplateInstance profile(@QueryParam("done") String done) {
        HouseholdView household = households.get(viewer.get().householdId());
        SaidForm form = new SaidForm();
        form.fill(household.preferences());
        form.version = household.version();
        return page(household, form, FormErrors.none(), done);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response said(@BeanParam SaidForm form) {
        HouseholdView household = households.get(viewer.get().householdId());
        PreferencesUpdate update = new PreferencesUpdate(form.toPreferences(), form.version);
        FormErrors errors = renamed(forms.validate(update));
        if (!errors.any()) {
            try {
                households.updatePreferences(household.id(), update);
                return Response.seeOther(URI.create("/family/profile?done=saved")).build();
            } catch (DomainException e) {
                if (problems.status(e) == 409) {
                    throw e;
                }
                errors = renamed(forms.of(e));
            }
        }
        return Response.status(400).entity(page(household, form, errors, null)).build();
    }

    private TemplateInstance page(HouseholdView household, SaidForm form, FormErrors errors, String done) {
        return Templates.profile(household, accounts.get(viewer.get().userId()), form, errors, done);
    }

    private static FormErrors renamed(FormErrors errors) {
        var fields = new java.util.LinkedHashMap<String, String>();
        errors.fields().forEach((field, message) -> fields.put(FamilySaidForm.fieldName(field), message));
        return new FormErrors(fields, errors.general());
    }
}
