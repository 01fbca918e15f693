package org.tongxing.volunteer;

import java.net.URI;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.tongxing.account.CurrentViewer;
import org.tongxing.common.DomainException;
import org.tongxing.common.OnUpdate;
import org.tongxing.common.Roles;
import org.tongxing.need.NeedCategory;
import org.tongxing.ui.FormCheck;
import org.tongxing.ui.FormErrors;
import org.tongxing.ui.FormValues;
import org.tongxing.ui.Problems;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** A volunteer's own profile: what they can help with, when they are free, and how much they take on. */
@Path("/me/profile")
@RolesAllowed(Roles.VOLUNTEER)
@Produces(MediaType.TEXT_HTML)
public class VolunteerPages {

    /** The profile as the form shows it: chosen skills and slots as sets, so the template can tick them. */
    public record ProfileForm(Set<String> skills, Set<String> availability, String capacity, String bio,
            Set<String> preferred, String travelRange, long version) {

        static ProfileForm from(VolunteerView v) {
            return new ProfileForm(names(v.skills()), Set.copyOf(v.availability()), String.valueOf(v.capacity()),
                    v.bio(), names(v.preferredCategories()), v.travelRange().name(), v.version());
        }

        private static Set<String> names(Set<NeedCategory> categories) {
            return categories.stream().map(Enum::name).collect(Collectors.toSet());
        }

        public boolean hasSkill(NeedCategory category) {
            return skills.contains(category.name());
        }

        public boolean prefers(NeedCategory category) {
            return preferred.contains(category.name());
        }

        public boolean travels(TravelRange range) {
            return range.name().equals(travelRange);
        }

        public boolean free(DayOfWeek day, WeeklyAvailability.DayPart part) {
            return availability.contains(day + "_" + part);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance profile(VolunteerView volunteer, ProfileForm form, FormErrors errors,
                String done);
    }

    @Inject
    VolunteerService volunteers;

    @Inject
    CurrentViewer viewer;

    @Inject
    FormCheck forms;

    @Inject
    Problems problems;

    @GET
    public TemplateInstance profile(@QueryParam("done") String done) {
        VolunteerView me = volunteers.get(viewer.get().volunteerId());
        return Templates.profile(me, ProfileForm.from(me), FormErrors.none(), done);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@RestForm List<String> skills, @RestForm List<String> availability,
            @RestForm String capacity, @RestForm String bio, @RestForm List<String> preferred,
            @RestForm String travelRange, @RestForm Long version) {
        VolunteerView me = volunteers.get(viewer.get().volunteerId());
        // Browsers send no field at all for a group of checkboxes left empty: no skills, or no free time.
        List<String> chosen = skills == null ? List.of() : skills;
        List<String> free = availability == null ? List.of() : availability;
        List<String> liked = preferred == null ? List.of() : preferred;
        VolunteerRequest request = new VolunteerRequest(me.name(), me.phone(), me.email(), me.gender(), me.areaCode(),
                categories(chosen), me.languages(), me.qualifications(), free, FormValues.integer(capacity),
                me.linkedMemberId(), FormValues.text(bio), categories(liked),
                FormValues.enumValue(TravelRange.class, travelRange), me.latitude(), me.longitude(), version);
        ProfileForm form = new ProfileForm(Set.copyOf(chosen), Set.copyOf(free), capacity, bio, Set.copyOf(liked),
                travelRange, version == null ? me.version() : version);
        FormErrors errors = forms.validate(request, OnUpdate.class);
        if (!errors.any()) {
            try {
                volunteers.update(me.id(), request);
                return Response.seeOther(URI.create("/me/profile?done=saved")).build();
            } catch (DomainException e) {
                if (problems.status(e) == 409) {
                    throw e;
                }
                errors = forms.of(e);
            }
        }
        return Response.status(400).entity(Templates.profile(me, form, errors, null)).build();
    }

    private static Set<NeedCategory> categories(List<String> names) {
        Set<NeedCategory> set = EnumSet.noneOf(NeedCategory.class);
        names.stream().map(n -> FormValues.enumValue(NeedCategory.class, n)).filter(Objects::nonNull).forEach(set::add);
        return set;
    }
}
