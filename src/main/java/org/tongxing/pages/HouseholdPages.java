package org.tongxing.pages;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
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
import org.tongxing.area.Area;
import org.tongxing.area.AreaLevel;
import org.tongxing.common.DomainException;
import org.tongxing.common.Gender;
import org.tongxing.common.OnUpdate;
import org.tongxing.common.Page;
import org.tongxing.common.PageParams;
import org.tongxing.common.Roles;
import org.tongxing.household.FamilySaidForm;
import org.tongxing.household.Household;
import org.tongxing.household.HouseholdFilter;
import org.tongxing.household.HouseholdRequest;
import org.tongxing.household.HouseholdService;
import org.tongxing.household.HouseholdSummary;
import org.tongxing.household.HouseholdView;
import org.tongxing.household.IdNumberTaken;
import org.tongxing.household.MemberRequest;
import org.tongxing.household.MemberService;
import org.tongxing.household.Relation;
import org.tongxing.household.Tier;
import org.tongxing.need.EscalationRequest;
import org.tongxing.need.EscalationService;
import org.tongxing.need.NeedCategory;
import org.tongxing.need.NeedFilter;
import org.tongxing.need.NeedRequest;
import org.tongxing.need.NeedService;
import org.tongxing.need.NeedView;
import org.tongxing.need.Urgency;
import org.tongxing.need.Visibility;
import org.tongxing.privacy.AccessPolicy;
import org.tongxing.timeline.CaseEventView;
import org.tongxing.timeline.Timeline;
import org.tongxing.ui.FormCheck;
import org.tongxing.ui.FormErrors;
import org.tongxing.ui.FormValues;
import org.tongxing.ui.NulAsFormError;
import org.tongxing.ui.Problems;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateInstance;

/**
 * The workers' pages for case files: the list of their area, one file with its needs and history, and the forms.
 * In the roof because a file's page combines the household, its needs (posted and escalated here) and its timeline.
 */
@Path("/worker/households")
@RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER})
@Produces(MediaType.TEXT_HTML)
public class HouseholdPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Page<HouseholdSummary> page, Tier tier, String q);

        static native TemplateInstance file(HouseholdView household, List<NeedView> needs, Page<CaseEventView> timeline,
                FormErrors errors, String done, Long existingFile);

        static native TemplateInstance edit(HouseholdForm form, Long householdId, List<Area> compounds,
                FormErrors errors, Long existingFile);
    }

    @Inject
    HouseholdService households;

    @Inject
    MemberService members;

    @Inject
    NeedService needs;

    @Inject
    EscalationService escalation;

    @Inject
    Timeline timeline;

    @Inject
    AccessPolicy access;

    @Inject
    FormCheck forms;

    @Inject
    Problems problems;

    @GET
    public TemplateInstance list(@QueryParam("tier") String tier, @QueryParam("q") String q,
            @QueryParam("page") Integer page) {
        HouseholdFilter filter = new HouseholdFilter();
        filter.tier = FormValues.enumValue(Tier.class, tier);
        String term = FormValues.text(q);
        filter.q = term == null ? null : term.substring(0, Math.min(50, term.length()));
        PageParams paging = PageParams.of(page == null ? 0 : Math.max(0, page), 20, null);
        return Templates.list(households.list(filter, paging), filter.tier, filter.q);
    }

    @GET
    @Path("/new")
    public TemplateInstance newForm() {
        HouseholdForm form = new HouseholdForm();
        form.consentData = "on";
        return Templates.edit(form, null, compounds(), FormErrors.none(), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @NulAsFormError
    public Response open(@BeanParam HouseholdForm form) {
        HouseholdRequest request = form.toRequest(true);
        FormErrors errors = renamed(forms.validate(request));
        if (errors.any()) {
            return Response.status(400).entity(Templates.edit(form, null, compounds(), errors, null)).build();
        }
        try {
            HouseholdView opened = households.open(request);
            return Response.seeOther(URI.create("/worker/households/" + opened.id() + "?done=saved")).build();
        } catch (DomainException e) {
            return Response.status(problems.status(e)).entity(Templates.edit(form, null, compounds(),
                    renamed(forms.of(e)), existingFile(e))).build();
        }
    }

    @GET
    @Path("/{id}")
    public TemplateInstance file(@PathParam("id") long id, @QueryParam("done") String done) {
        return file(id, FormErrors.none(), done);
    }

    @GET
    @Path("/{id}/edit")
    public TemplateInstance editForm(@PathParam("id") long id) {
        return Templates.edit(HouseholdForm.from(households.get(id)), id, compounds(), FormErrors.none(), null);
    }

    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @NulAsFormError
    public Response update(@PathParam("id") long id, @BeanParam HouseholdForm form) {
        HouseholdRequest request = form.toRequest(false);
        FormErrors errors = renamed(forms.validate(request, OnUpdate.class));
        if (errors.any()) {
            return Response.status(400).entity(Templates.edit(form, id, compounds(), errors, null)).build();
        }
        try {
            households.update(id, request);
            return Response.seeOther(URI.create("/worker/households/" + id + "?done=saved")).build();
        } catch (DomainException e) {
            int status = problems.status(e);
            if (status == 409 || status == 404) {
                throw e;
            }
            return Response.status(status).entity(Templates.edit(form, id, compounds(), renamed(forms.of(e)), null))
                    .build();
        }
    }

    @POST
    @Path("/{id}/members")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @NulAsFormError
    public Response addMember(@PathParam("id") long id, @RestForm String name, @RestForm String relation,
            @RestForm String birthDate, @RestForm String gender, @RestForm String phone, @RestForm String idNumber,
            @RestForm String disability) {
        MemberRequest member = new MemberRequest(FormValues.text(name), FormValues.enumValue(Relation.class, relation),
                FormValues.date(birthDate), FormValues.enumValue(Gender.class, gender), FormValues.text(phone),
                FormValues.text(idNumber), FormValues.text(disability), null, false, null);
        return apply(id, () -> members.add(id, member), forms.validate(member), "member-");
    }

    @POST
    @Path("/{id}/needs")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @NulAsFormError
    public Response postNeed(@PathParam("id") long id, @RestForm String category, @RestForm String description,
            @RestForm String urgency, @RestForm String wantedBy, @RestForm String longTerm) {
        NeedRequest need = new NeedRequest(id, null, FormValues.enumValue(NeedCategory.class, category),
                FormValues.text(description), FormValues.enumValue(Urgency.class, urgency), FormValues.date(wantedBy),
                null,
                longTerm != null);
        return apply(id, () -> needs.post(need), forms.validate(need), "need-");
    }

    @POST
    @Path("/{id}/needs/{needId}/escalation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @NulAsFormError
    public Response escalate(@PathParam("id") long id, @PathParam("needId") long needId, @RestForm String reason,
            @RestForm Long version, @RestForm String to) {
        EscalationRequest request = new EscalationRequest(FormValues.text(reason), version,
                FormValues.enumValue(Visibility.class, to));
        return apply(id, () -> escalation.escalate(needId, request), forms.validate(request),
                "escalate-" + needId + "-");
    }

    /** Runs a change from a form on the file page; on failure the file is shown again with the errors. */
    private Response apply(long id, Runnable change, FormErrors invalid, String prefix) {
        FormErrors errors = invalid;
        Long existing = null;
        if (!errors.any()) {
            try {
                change.run();
                return Response.seeOther(URI.create("/worker/households/" + id + "?done=saved")).build();
            } catch (ConstraintViolationException e) {
                errors = forms.of(e);
            } catch (IdNumberTaken e) {
                errors = forms.of(e);
                existing = existingFile(e);
            } catch (DomainException e) {
                int status = problems.status(e);
                if (status == 409 || status == 404 || status == 403) {
                    throw e;
                }
                errors = forms.of(e);
            }
        }
        return Response.status(400).entity(file(id, prefixed(errors, prefix), null, existing)).build();
    }

    /** For templates: {@code {need.escalationField}}, the name of a need's escalation reason in the errors. */
    @TemplateExtension
    static String escalationField(NeedView need) {
        return "escalate-" + need.id() + "-reason";
    }

    /** The file that holds a taken ID number, for a worker who may open it; nobody else learns which it is. */
    private Long existingFile(DomainException refusal) {
        if (refusal instanceof IdNumberTaken taken) {
            Household holder = Household.findById(taken.householdId());
            return holder != null && access.isCaseWorker(holder) ? holder.id : null;
        }
        return null;
    }

    private TemplateInstance file(long id, FormErrors errors, String done) {
        return file(id, errors, done, null);
    }

    private TemplateInstance file(long id, FormErrors errors, String done, Long existingFile) {
        HouseholdView household = households.get(id);
        NeedFilter filter = new NeedFilter();
        filter.householdId = id;
        List<NeedView> list = needs.list(filter, PageParams.of(0, 50, "-createdAt")).items();
        return Templates.file(household, list, timeline.of(id, PageParams.of(0, 30, null)), errors, done,
                existingFile);
    }

    private List<Area> compounds() {
        String scope = access.caseAreaScope();
        return (scope == null ? Area.<Area>list("level = ?1 order by code", AreaLevel.COMPOUND)
                : Area.within(scope).stream().filter(a -> a.level == AreaLevel.COMPOUND).toList());
    }

    private static FormErrors renamed(FormErrors errors) {
        Map<String, String> names = HouseholdForm.headFields();
        Map<String, String> fields = new LinkedHashMap<>();
        errors.fields().forEach(
                (field, message) -> fields.put(names.getOrDefault(field, FamilySaidForm.fieldName(field)), message));
        return new FormErrors(fields, errors.general());
    }

    private static FormErrors prefixed(FormErrors errors, String prefix) {
        Map<String, String> fields = new LinkedHashMap<>();
        errors.fields().forEach((field, message) -> fields.put(prefix + field, message));
        return new FormErrors(fields, errors.general());
    }
}
