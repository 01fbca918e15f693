package org.tongxing.assistance;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.groups.Default;
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

import org.tongxing.common.InvalidInput;
import org.tongxing.common.OnUpdate;
import org.tongxing.common.Roles;
import org.tongxing.household.HouseholdService;
import org.tongxing.household.HouseholdView;
import org.tongxing.ui.FormCheck;
import org.tongxing.ui.FormErrors;
import org.tongxing.ui.NulAsFormError;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * A household's benefits and the assistance it was given, for its case workers, with the forms to record and change
 * them. A form with errors comes back as typed, its errors next to its fields (the change forms by benefit).
 */
@Path("/worker/households/{householdId}/benefits")
@RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER})
@Produces(MediaType.TEXT_HTML)
public class AssistancePages {

    /** A benefit with its change form: as stored, or as typed when that form came back with errors. */
    public record BenefitRow(BenefitView benefit, BenefitForm form, boolean open) {

        /** The prefix of this benefit's change form's field ids, and of its errors. */
        public String prefix() {
            return prefix(benefit.id());
        }

        static String prefix(long benefitId) {
            return "b" + benefitId + "-";
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance benefits(HouseholdView household, List<BenefitRow> benefits,
                List<AssistanceView> assistance, BenefitForm newBenefit, AssistanceForm newAssistance,
                FormErrors errors,
                String done, int recheckNoticeDays);
    }

    @Inject
    HouseholdService households;

    @Inject
    Benefits benefits;

    @Inject
    AssistanceRecords assistance;

    @Inject
    AssistanceConfig config;

    @Inject
    FormCheck forms;

    @GET
    public TemplateInstance page(@PathParam("householdId") long householdId, @QueryParam("done") String done) {
        return page(householdId, BenefitForm.empty(), AssistanceForm.empty(), Map.of(), FormErrors.none(), done);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @NulAsFormError
    public Response record(@PathParam("householdId") long householdId, @BeanParam BenefitForm form) {
        BenefitRequest request = form.toRequest();
        FormErrors errors = forms.validate(request);
        if (!errors.any()) {
            try {
                benefits.record(householdId, request);
                return done(householdId, "benefit");
            } catch (InvalidInput e) {
                errors = forms.of(e);
            }
        }
        return invalid(page(householdId, form, AssistanceForm.empty(), Map.of(), errors.prefixed("benefit-"), null));
    }

    @POST
    @Path("/{benefitId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @NulAsFormError
    public Response change(@PathParam("householdId") long householdId, @PathParam("benefitId") long benefitId,
            @BeanParam BenefitForm form) {
        BenefitRequest request = form.toRequest();
        FormErrors errors = forms.validate(request, Default.class, OnUpdate.class);
        if (!errors.any()) {
            try {
                benefits.change(householdId, benefitId, request);
                return done(householdId, "changed");
            } catch (InvalidInput e) {
                errors = forms.of(e);
            }
        }
        return invalid(page(householdId, BenefitForm.empty(), AssistanceForm.empty(), Map.of(benefitId, form),
                errors.prefixed(BenefitRow.prefix(benefitId)), null));
    }

    @POST
    @Path("/assistance")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @NulAsFormError
    public Response recordAssistance(@PathParam("householdId") long householdId, @BeanParam AssistanceForm form) {
        AssistanceRequest request = form.toRequest();
        FormErrors errors = forms.validate(request);
        if (!errors.any()) {
            assistance.record(householdId, request);
            return done(householdId, "assistance");
        }
        return invalid(page(householdId, BenefitForm.empty(), form, Map.of(), errors.prefixed("aid-"), null));
    }

    private TemplateInstance page(long householdId, BenefitForm newBenefit, AssistanceForm newAssistance,
            Map<Long, BenefitForm> typed, FormErrors errors, String done) {
        HouseholdView household = households.get(householdId);
        List<BenefitRow> rows = benefits.list(householdId).stream()
                .map(b -> new BenefitRow(b, typed.getOrDefault(b.id(), BenefitForm.of(b)), typed.containsKey(b.id())))
                .toList();
        return Templates.benefits(household, rows, assistance.list(householdId), newBenefit, newAssistance, errors,
                done,
                config.recheckNoticeDays());
    }

    private static Response invalid(TemplateInstance page) {
        return Response.status(400).entity(page).build();
    }

    private static Response done(long householdId, String done) {
        return Response.seeOther(URI.create("/worker/households/" + householdId + "/benefits?done=" + done)).build();
    }
}
