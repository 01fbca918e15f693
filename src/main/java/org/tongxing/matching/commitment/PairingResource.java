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

@Path("/api/matching/pairings")
@Tag(name = "Matching")
public class PairingResource {

    @Inject
    CommitmentService commitments;

    @Inject
    PairEnding ending;

    @Inject
    PairTrial trial;

    @Inject
    Handovers handovers;

    @Inject
    Contacts contacts;

    @Inject
    Reviews reviews;

    @Inject
    HandPairing hand;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER})
    @Operation(summary = "Pairs of your area (default: active ones), newest first",
            description = "Sortable by since, status")
    public Page<PairingView> list(@Valid @BeanParam CommitmentFilter filter, @Valid @BeanParam PageParams page) {
        return commitments.pairings(filter, page);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER})
    @Operation(summary = "Pair a volunteer with an open need by hand (the household's case workers)",
            description = "The solver's eligibility rule decides (vetting, a free place, the skill, reach, a minor, "
                    + "conflicts; 409 invalid-state with the reason); it starts as a trial, and later runs keep it")
    public Response make(@NotNull @Valid HandPair body) {
        PairingState made = hand.make(body);
        return Response.created(java.net.URI.create("/api/matching/pairings/" + made.id())).entity(made).build();
    }

    @POST
    @Path("/{id}/end")
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER, Roles.VOLUNTEER})
    @Operation(summary = "End a pair (its household's case workers, or its volunteer), with a reason",
            description = "The need opens again for the next pairs run, or becomes FULFILLED with \"completed\": true "
                    + "(case workers only). 409 commitment-ended if it ended already, concurrent-update on a stale version")
    public EndedPairing end(@PathParam("id") long id, @NotNull @Valid Ending body) {
        return ending.end(id, body);
    }

    @POST
    @Path("/{id}/answer")
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(summary = "The paired volunteer confirms or declines the trial",
            description = "Declining needs a reason and ends the pair (the need opens again); kind BAD_FIT keeps the two "
                    + "apart in later runs, any other kind bans nobody. sharePhone lets the family see the volunteer's phone")
    public PairingState answer(@PathParam("id") long id, @NotNull @Valid TrialAnswer body) {
        return trial.answer(id, body);
    }

    @POST
    @Path("/{id}/household-consent")
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER, Roles.FAMILY})
    @Operation(summary = "The household consents to the pair (itself, or its case workers for it)",
            description = "Once the volunteer confirmed too, the family is handed over to the volunteer")
    public PairingState consent(@PathParam("id") long id, @NotNull @Valid Stamp body) {
        return trial.consent(id, body);
    }

    @POST
    @Path("/{id}/formalisation")
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER})
    @Operation(summary = "Make a trial pair formal (its household's case workers)",
            description = "Only once the volunteer confirmed and the household consented; 409 invalid-state otherwise")
    public PairingState formalise(@PathParam("id") long id, @NotNull @Valid Stamp body) {
        return trial.formalise(id, body);
    }

    @GET
    @Path("/{id}/handover")
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER, Roles.VOLUNTEER})
    @Operation(summary = "What the pair's volunteer is handed: the family's contact, the need, the case workers",
            description = "Before both sides agreed only the stage; the family's contact only with its consent to sharing, "
                    + "each showing in the disclosure log")
    public Handover handover(@PathParam("id") long id) {
        return handovers.ofPair(id);
    }

    @GET
    @Path("/{id}/contacts")
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER, Roles.VOLUNTEER})
    @Operation(summary = "The pair's contact log, newest first")
    public List<ContactView> contacts(@PathParam("id") long id) {
        return contacts.listOfPair(id);
    }

    @POST
    @Path("/{id}/contacts")
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER, Roles.VOLUNTEER})
    @Operation(summary = "Record a contact of the pair (its volunteer or case workers)",
            description = "Counted once in the service records, the statistics and programme goals (person-times = "
                    + "participants); resets the pair's quiet clock")
    public Response contact(@PathParam("id") long id, @NotNull @Valid ContactRequest body) {
        return Response.status(Response.Status.CREATED).entity(contacts.ofPair(id, body)).build();
    }

    @PUT
    @Path("/{id}/reviews/{kind}")
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER, Roles.VOLUNTEER, Roles.FAMILY})
    @Operation(summary = "Fill in your side of the mid-term or final review",
            description = "The family (or a case worker for it, with forFamily) and the volunteer: rating 1-5 and comment; "
                    + "the case workers: outcomes per dimension (BETTER, SAME, WORSE)")
    public ReviewView review(@PathParam("id") long id, @PathParam("kind") ReviewKind kind,
            @NotNull @Valid ReviewPart body) {
        return reviews.ofPair(id, kind, body);
    }

    @GET
    @Path("/{id}/reviews")
    @RolesAllowed({Roles.ADMIN, Roles.CADRE, Roles.WORKER, Roles.VOLUNTEER, Roles.FAMILY})
    @Operation(summary = "The reviews, for the commitment's sides and its family")
    public List<ReviewView> reviews(@PathParam("id") long id) {
        return reviews.listOfPair(id);
    }
}
