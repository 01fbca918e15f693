package org.tongxing.matching.commitment;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongxing.common.Page;
import org.tongxing.common.PageParams;
import org.tongxing.common.Roles;
import org.tongxing.matching.ReviewKind;

@Path("/api/matching/groups")
@Tag(name = "Matching")
public class GroupResource {

    @Inject
    CommitmentService commitments;

    @Inject
    GroupEnding ending;

    @Inject
    GroupTrial trial;

    @Inject
    Handovers handovers;

    @Inject
    Contacts contacts;

    @Inject
    Reviews reviews;

    @Inject
    GroupByHand byHand;

    @Inject
    GroupAdjustment adjustment;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER})
    @Operation(summary = "1+3+1 groups of your area (default: active ones), newest first",
            description = "Sortable by formedAt, status")
    public Page<GroupView> list(@Valid @BeanParam CommitmentFilter filter, @Valid @BeanParam PageParams page) {
        return commitments.groups(filter, page);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER})
    @Operation(summary = "Form a 1+3+1 group by hand (the household's case workers): needs, 1-3 volunteers, a lead",
            description = "The solver's eligibility rule decides each seat and the lead (vetting, a free place, the "
                    + "skill, reach, a minor, conflicts; the lead's free place and district); between them the "
                    + "volunteers must cover every need given. 409 invalid-state with the reason. It starts as a "
                    + "trial, and later runs keep it")
    public Response form(@NotNull @Valid HandGroup body) {
        GroupState formed = byHand.form(body);
        return Response.created(java.net.URI.create("/api/matching/groups/" + formed.id()))
                .entity(formed).build();
    }

    @POST
    @Path("/{id}/swaps")
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER})
    @Operation(summary = "Give a member's seat to another volunteer (the household's case workers), with a reason",
            description = "The joining volunteer passes the solver's eligibility rule (409 invalid-state with the "
                    + "reason) and starts a trial seat; the leaving one is told, and kept apart from the family "
                    + "only with kind BAD_FIT. version is the group's; 409 concurrent-update on a stale one")
    public GroupState swap(@PathParam("id") long id, @NotNull @Valid SeatSwap body) {
        return adjustment.swap(id, body);
    }

    @PUT
    @Path("/{id}/lead")
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER})
    @Operation(summary = "Give the group another lead (the household's case workers)",
            description = "The cadre needs a free place and works in the family's district (409 invalid-state with "
                    + "the reason); both cadres are told. version is the group's")
    public GroupState changeLead(@PathParam("id") long id, @NotNull @Valid LeadChange body) {
        return adjustment.changeLead(id, body);
    }

    @POST
    @Path("/{id}/members/{volunteerId}/departure")
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER, Roles.VOLUNTEER})
    @Operation(
            summary = "A volunteer leaves their seat (they themselves, or the household's case workers), with a reason",
            description = "The group stays ACTIVE and the next groups run may fill the seat. version is the group's. "
                    + "409 commitment-ended if the group ended or the volunteer left already")
    public GroupSeats depart(@PathParam("id") long id, @PathParam("volunteerId") long volunteerId,
            @NotNull @Valid Departure body) {
        return ending.depart(id, volunteerId, body);
    }

    @POST
    @Path("/{id}/end")
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER})
    @Operation(summary = "End a 1+3+1 group (its household's case workers), with a reason",
            description = "Every seat is left; the needs it took on open again, or become FULFILLED with \"completed\": true. "
                    + "409 commitment-ended if it ended already, concurrent-update on a stale version")
    public GroupSeats end(@PathParam("id") long id, @NotNull @Valid Ending body) {
        return ending.end(id, body);
    }

    @POST
    @Path("/{id}/members/{volunteerId}/answer")
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(summary = "A volunteer confirms or declines their trial seat in the group",
            description = "Declining needs a reason and leaves the seat; kind BAD_FIT keeps them apart from the family in "
                    + "later runs. version is the group's")
    public GroupState answer(@PathParam("id") long id, @PathParam("volunteerId") long volunteerId,
            @NotNull @Valid TrialAnswer body) {
        return trial.answer(id, volunteerId, body);
    }

    @POST
    @Path("/{id}/household-consent")
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER, Roles.FAMILY})
    @Operation(summary = "The mother's household consents to the group (itself, or its case workers for it)")
    public GroupState consent(@PathParam("id") long id, @NotNull @Valid Stamp body) {
        return trial.consent(id, body);
    }

    @POST
    @Path("/{id}/formalisation")
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER})
    @Operation(summary = "Make a trial group formal (its household's case workers)",
            description = "Only once every seated volunteer confirmed and the household consented; 409 invalid-state otherwise")
    public GroupState formalise(@PathParam("id") long id, @NotNull @Valid Stamp body) {
        return trial.formalise(id, body);
    }

    @GET
    @Path("/{id}/handover")
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER, Roles.VOLUNTEER})
    @Operation(summary = "What a member is handed: the mother's contact and covered needs, the lead, the other members",
            description = "Before the member confirmed and the household consented only the stage; phones only where each "
                    + "agreed; the family's contact only with its consent, each showing in the disclosure log")
    public Handover handover(@PathParam("id") long id) {
        return handovers.ofGroup(id);
    }

    @GET
    @Path("/{id}/contacts")
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER, Roles.VOLUNTEER})
    @Operation(summary = "The group's contact log, newest first")
    public List<ContactView> contacts(@PathParam("id") long id) {
        return contacts.listOfGroup(id);
    }

    @POST
    @Path("/{id}/contacts")
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER, Roles.VOLUNTEER})
    @Operation(summary = "Record a contact of the group (a member or the household's case workers)",
            description = "Counted once in the service records, the statistics and programme goals; resets the quiet clock")
    public Response contact(@PathParam("id") long id, @NotNull @Valid ContactRequest body) {
        return Response.status(Response.Status.CREATED).entity(contacts.ofGroup(id, body)).build();
    }

    @PUT
    @Path("/{id}/reviews/{kind}")
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER, Roles.VOLUNTEER, Roles.FAMILY})
    @Operation(summary = "Fill in your side of the mid-term or final review",
            description = "The family (or a case worker for it, with forFamily) and the volunteer: rating 1-5 and comment; "
                    + "the case workers: outcomes per dimension (BETTER, SAME, WORSE)")
    public ReviewView review(@PathParam("id") long id, @PathParam("kind") ReviewKind kind,
            @NotNull @Valid ReviewPart body) {
        return reviews.ofGroup(id, kind, body);
    }

    @GET
    @Path("/{id}/reviews")
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER, Roles.VOLUNTEER, Roles.FAMILY})
    @Operation(summary = "The reviews, for the commitment's sides and its family")
    public List<ReviewView> reviews(@PathParam("id") long id) {
        return reviews.listOfGroup(id);
    }
}
