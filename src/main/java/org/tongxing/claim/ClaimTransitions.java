package org.tongxing.claim;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.tongxing.account.Viewer;
import org.tongxing.common.ConcurrentUpdate;
import org.tongxing.common.InvalidInput;
import org.tongxing.common.NotFound;
import org.tongxing.common.Timestamps;
import org.tongxing.household.Household;
import org.tongxing.need.Need;
import org.tongxing.need.NeedStatus;
import org.tongxing.privacy.AccessPolicy;
import org.tongxing.privacy.Redaction;

import io.quarkus.security.ForbiddenException;

/**
 * The course of a claim after it is made. The household's workers accept, decline and confirm; the family
 * may confirm too; the claimant logs services or releases the claim. A step out of order is a 409.
 */
@ApplicationScoped
public class ClaimTransitions {

    @Inject
    AccessPolicy access;

    @Inject
    ClaimService claims;

    @Inject
    Event<ClaimEvent> events;

    @Inject
    Event<ServiceLogged> servicesLogged;

    @Transactional
    public ClaimView accept(long id, Decision decision) {
        Step step = asCaseWorker(id, decision.version(), "accept", ClaimStatus.PENDING);
        step.claim.status = ClaimStatus.ACCEPTED;
        decide(step.claim);
        step.need.status = NeedStatus.IN_PROGRESS;
        return finish(step, new ClaimEvent.Accepted(step.claim, step.need));
    }

    @Transactional
    public ClaimView decline(long id, Decision decision) {
        Step step = asCaseWorker(id, decision.version(), "decline", ClaimStatus.PENDING);
        step.claim.status = ClaimStatus.DECLINED;
        step.claim.declineReason = Redaction.redact(requireReason(decision), names(step.household));
        decide(step.claim);
        reopen(step.need);
        return finish(step, new ClaimEvent.Declined(step.claim, step.need));
    }

    @Transactional
    public ClaimView release(long id, Decision decision) {
        Step step = asClaimant(id, "release", ClaimStatus.PENDING, ClaimStatus.ACCEPTED, ClaimStatus.DELIVERED);
        requireVersion(step.claim, decision.version());
        end(step.claim, ClaimStatus.RELEASED, requireReason(decision));
        reopen(step.need);
        return finish(step, new ClaimEvent.Released(step.claim, step.need, step.household,
                step.claim.claimantName()));
    }

    @Transactional
    public ServiceView logService(long id, ServiceRequest request) {
        Step step = asClaimant(id, "log a service for", ClaimStatus.ACCEPTED, ClaimStatus.DELIVERED);
        ServiceLog log = newLog(step, request);
        log.persist();
        boolean first = step.claim.status == ClaimStatus.ACCEPTED;
        if (first) {
            step.claim.status = ClaimStatus.DELIVERED;
            step.claim.deliveredAt = log.createdAt;
        }
        step.claim.updatedAt = log.createdAt;
        servicesLogged.fire(new ServiceLogged(log));
        if (first) {
            events.fire(new ClaimEvent.Delivered(step.claim, step.need, step.household,
                    step.claim.claimantName()));
        }
        return ServiceView.from(log);
    }

    @Transactional
    public ClaimView confirm(long id, Confirmation confirmation) {
        Step step = load(id);
        if (!access.isCaseWorker(step.household) && !access.isOwn(step.household)) {
            throw new ForbiddenException();
        }
        requireVersion(step.claim, confirmation.version());
        requireStatus(step.claim, "confirm", ClaimStatus.DELIVERED);
        step.claim.status = ClaimStatus.CONFIRMED;
        step.claim.confirmedBy = access.viewer().userId();
        step.claim.confirmedAt = Timestamps.now();
        step.claim.satisfaction = confirmation.satisfaction() == null ? null : confirmation.satisfaction().shortValue();
        step.claim.feedback = confirmation.feedback();
        step.need.status = NeedStatus.FULFILLED;
        return finish(step, new ClaimEvent.Confirmed(step.claim, step.need));
    }

    private record Step(Claim claim, Need need, Household household) {
    }

    private Step load(long id) {
        Claim claim = Claim.<Claim>findByIdOptional(id).orElseThrow(() -> new NotFound("claim", id));
        if (!claims.mayRead(claim)) {
            throw new NotFound("claim", id);
        }
        return new Step(claim, claim.need, claim.need.household);
    }

    private Step asCaseWorker(long id, long version, String action, ClaimStatus... allowed) {
        Step step = load(id);
        if (!access.isCaseWorker(step.household)) {
            throw new ForbiddenException();
        }
        requireVersion(step.claim, version);
        requireStatus(step.claim, action, allowed);
        return step;
    }

    private Step asClaimant(long id, String action, ClaimStatus... allowed) {
        Step step = load(id);
        Viewer v = access.viewer();
        boolean own = (step.claim.volunteerId != null && step.claim.volunteerId.equals(v.volunteerId()))
                || (step.claim.organisationId != null && step.claim.organisationId.equals(v.organisationId()));
        if (!own) {
            throw new ForbiddenException();
        }
        requireStatus(step.claim, action, allowed);
        return step;
    }

    /** Stamps the step, announces it (history and notices join this transaction) and writes it now. */
    private ClaimView finish(Step step, ClaimEvent.Recorded event) {
        step.need.updatedAt = Timestamps.now();
        step.claim.updatedAt = step.need.updatedAt;
        events.fire(event);
        Claim.getEntityManager().flush();
        return ClaimView.from(step.claim);
    }

    private void decide(Claim claim) {
        claim.decidedBy = access.viewer().userId();
        claim.decidedAt = Timestamps.now();
    }

    static void end(Claim claim, ClaimStatus status, String reason) {
        claim.status = status;
        claim.endedAt = Timestamps.now();
        claim.endReason = reason;
    }

    static void reopen(Need need) {
        if (need.status == NeedStatus.CLAIMED || need.status == NeedStatus.IN_PROGRESS) {
            need.status = NeedStatus.OPEN;
        }
    }

    private ServiceLog newLog(Step step, ServiceRequest request) {
        ServiceLog log = new ServiceLog();
        log.claimId = step.claim.id;
        log.needId = step.need.id;
        log.householdId = step.household.id;
        log.volunteerId = step.claim.volunteerId;
        log.organisationId = step.claim.organisationId;
        log.category = step.need.category;
        log.servedOn = request.servedOn();
        log.hours = request.hours();
        log.personTimes = request.personTimes();
        log.note = request.note();
        log.loggedBy = access.viewer().userId();
        log.createdAt = Timestamps.now();
        return log;
    }

    private static void requireVersion(Claim claim, long version) {
        if (claim.version != version) {
            throw new ConcurrentUpdate("claim", claim.id);
        }
    }

    private static void requireStatus(Claim claim, String action, ClaimStatus... allowed) {
        for (ClaimStatus status : allowed) {
            if (claim.status == status) {
                return;
            }
        }
        throw new InvalidClaimTransition("Cannot " + action + " a " + claim.status + " claim");
    }

    private static String requireReason(Decision decision) {
        if (decision.reason() == null || decision.reason().isBlank()) {
            throw new InvalidInput("A reason is required", "reason", "must not be blank");
        }
        return decision.reason().strip();
    }

    private static List<String> names(Household household) {
        return household.members.stream().flatMap(m -> Redaction.nameForms(m.name).stream()).toList();
    }
}
