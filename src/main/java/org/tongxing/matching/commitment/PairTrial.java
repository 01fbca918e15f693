package org.tongxing.matching.commitment;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.tongxing.common.ConcurrentUpdate;
import org.tongxing.common.InvalidInput;
import org.tongxing.common.InvalidState;
import org.tongxing.common.NotAllowed;
import org.tongxing.common.NotFound;
import org.tongxing.common.Timestamps;
import org.tongxing.household.Household;
import org.tongxing.matching.Answer;
import org.tongxing.matching.CommitmentStage;
import org.tongxing.matching.CommitmentStatus;
import org.tongxing.matching.MatchingEvent;
import org.tongxing.matching.MatchingEvent.Of;
import org.tongxing.matching.Pairing;
import org.tongxing.matching.commitment.Parties.Party;
import org.tongxing.timeline.CaseEventKind;

/**
 * The two stages of a pair: the volunteer confirms or declines the trial, the household consents (itself or through
 * its case workers), and once both said yes a case worker makes it formal. A declined trial ends the pair as any
 * ending does (the need opens again), with a kind that bans nobody unless it says the two do not fit.
 */
@ApplicationScoped
public class PairTrial {

    @Inject
    Parties parties;

    @Inject
    PairEnding ending;

    @Inject
    Event<MatchingEvent> events;

    @Transactional
    public PairingState answer(long id, TrialAnswer answer) {
        Pairing pairing = find(id);
        Household household = Household.findById(pairing.householdId);
        if (parties.of(household, List.of(pairing.volunteerId), "pairing", id) != Party.VOLUNTEER) {
            throw new NotAllowed("Only the paired volunteer answers a trial");
        }
        requireVersion(pairing, answer.version());
        if (pairing.volunteerAnswer != Answer.PENDING) {
            throw new InvalidState("The volunteer already answered: " + pairing.volunteerAnswer);
        }
        if (!answer.confirm()) {
            if (answer.reason() == null || answer.reason().isBlank()) {
                throw new InvalidInput("A reason is needed to decline", "reason", "must not be blank");
            }
            pairing.volunteerAnswer = Answer.DECLINED;
            ending.end(id, new Ending(answer.reason(), pairing.version, false, answer.endKind()));
            return PairingState.from(pairing);
        }
        pairing.volunteerAnswer = Answer.CONFIRMED;
        pairing.volunteerSharesPhone = answer.sharesPhone();
        return step(pairing, CaseEventKind.COMMITMENT_CONFIRMED, pairing.volunteerId);
    }

    @Transactional
    public PairingState consent(long id, Stamp stamp) {
        Pairing pairing = find(id);
        Household household = Household.findById(pairing.householdId);
        parties.forFamily(household, List.of(pairing.volunteerId), "pairing", id);
        requireVersion(pairing, stamp.version());
        if (pairing.householdConsentedAt != null) {
            throw new InvalidState("The household consented already");
        }
        pairing.householdConsentedAt = Timestamps.now();
        pairing.householdConsentedBy = parties.userId();
        return step(pairing, CaseEventKind.COMMITMENT_CONSENTED, null);
    }

    @Transactional
    public PairingState formalise(long id, Stamp stamp) {
        Pairing pairing = find(id);
        Household household = Household.findById(pairing.householdId);
        parties.caseWorker(household, List.of(pairing.volunteerId), "pairing", id);
        requireVersion(pairing, stamp.version());
        if (pairing.stage == CommitmentStage.FORMAL) {
            throw new InvalidState("The pair is formal already");
        }
        if (!pairing.handedOver()) {
            throw new InvalidState(
                    "A trial becomes formal only once the volunteer confirmed and the household consented");
        }
        pairing.stage = CommitmentStage.FORMAL;
        pairing.formalSince = Timestamps.now();
        return step(pairing, CaseEventKind.COMMITMENT_FORMAL, null);
    }

    private PairingState step(Pairing pairing, CaseEventKind kind, Long volunteerId) {
        Instant now = Timestamps.now();
        pairing.updatedAt = now;
        events.fire(new MatchingEvent.CommitmentStep(Of.PAIRING, pairing.id, pairing.householdId, pairing.needId, kind,
                volunteerId));
        Pairing.getEntityManager().flush();
        return PairingState.from(pairing);
    }

    static Pairing find(long id) {
        return Pairing.<Pairing>findByIdOptional(id).orElseThrow(() -> new NotFound("pairing", id));
    }

    /** After the party check, so that only parties learn that it ended. */
    private static void requireVersion(Pairing pairing, long version) {
        if (pairing.status == CommitmentStatus.ENDED) {
            throw new CommitmentEnded("The pairing " + pairing.id + " ended at " + pairing.endedAt);
        }
        if (pairing.version != version) {
            throw new ConcurrentUpdate("pairing", pairing.id);
        }
    }
}
