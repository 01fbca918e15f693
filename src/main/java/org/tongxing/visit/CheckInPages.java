package org.tongxing.visit;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.tongxing.common.DomainException;
import org.tongxing.common.Roles;
import org.tongxing.household.Household;
import org.tongxing.ui.FormCheck;
import org.tongxing.ui.FormErrors;
import org.tongxing.ui.Problems;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Where a household's QR code leads: a field worker of its area, signed in (or sent to sign in and brought
 * back), records the visit there. A forged or withdrawn code gets a page saying so in plain words.
 */
@Path(CheckInPages.PATH + "{token}")
@RolesAllowed({Roles.WORKER, Roles.CADRE})
@Produces(MediaType.TEXT_HTML)
public class CheckInPages {

    static final String PATH = "/visit/";
    private static final Pattern NEW_NEED = Pattern.compile("^newNeeds\\[(\\d+)]");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(String token, Household household, CheckInForm form, FormErrors errors);

        static native TemplateInstance refused(String type);
    }

    @Inject
    VisitCodes codes;

    @Inject
    VisitService visits;

    @Inject
    FormCheck forms;

    @Inject
    Problems problems;

    @GET
    public Response form(@PathParam("token") String token) {
        try {
            Household household = codes.resolve(token);
            return Response.ok(Templates.form(token, household, new CheckInForm(new MultivaluedHashMap<>()),
                    FormErrors.none())).build();
        } catch (DomainException e) {
            return refusal(e);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response record(@PathParam("token") String token, MultivaluedMap<String, String> fields) {
        CheckInForm form = new CheckInForm(fields);
        VisitRequest request = form.toRequest(token);
        Household household;
        try {
            household = codes.resolve(token);
        } catch (DomainException e) {
            return refusal(e);
        }
        FormErrors errors = renamed(forms.validate(request), request);
        if (!errors.any()) {
            try {
                visits.record(household.id, request);
                return Response.seeOther(URI.create("/worker/households/" + household.id + "?done=visit")).build();
            } catch (DomainException e) {
                if (problems.status(e) != 400 && problems.status(e) != 422) {
                    return refusal(e);
                }
                errors = renamed(forms.of(e), request);
            }
        }
        return Response.status(400).entity(Templates.form(token, household, form, errors)).build();
    }

    /** Codes that are not genuine or were withdrawn get their own page; anything else the usual error page. */
    private Response refusal(DomainException e) {
        if (e instanceof VisitCodeInvalid || e instanceof VisitCodeRevoked) {
            return Response.status(problems.status(e)).entity(Templates.refused(problems.slug(e))).build();
        }
        throw e;
    }

    /** Errors of a new need name the form field it came from ("newNeeds[0].description" → need-TUTORING). */
    private static FormErrors renamed(FormErrors errors, VisitRequest request) {
        Map<String, String> fields = new LinkedHashMap<>();
        errors.fields().forEach((field, message) -> fields.put(formField(field, request), message));
        return new FormErrors(fields, errors.general());
    }

    private static String formField(String field, VisitRequest request) {
        Matcher m = NEW_NEED.matcher(field);
        if (m.find() && Integer.parseInt(m.group(1)) < request.newNeeds().size()) {
            return "need-" + request.newNeeds().get(Integer.parseInt(m.group(1))).category();
        }
        return field;
    }
}
