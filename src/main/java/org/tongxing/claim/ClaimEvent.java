package org.tongxing.claim;

import java.util.Map;

import org.tongxing.household.Household;
import org.tongxing.need.Need;
import org.tongxing.timeline.CaseEventKind;
import org.tongxing.timeline.CaseHistory;

/**
 * A step in a claim's course, fired as a CDI event by the step that took it. The timeline records it (every step
 * but a conflict), {@link ClaimNotices} tells the people concerned, in the step's transaction; the metrics count
 * its {@link #outcome()}. A conflict is a refusal: its transaction rolls back, and it is announced all the same.
 */
public sealed interface ClaimEvent {

    ClaimOutcome outcome();

    /** A step the case file's history records. */
    sealed interface Recorded extends ClaimEvent, CaseHistory {

        Claim claim();

        Need need();

        @Override
        default long householdId() {
            return need().householdId;
        }

        @Override
        default Long needId() {
            return need().id;
        }
    }

    /** A claim was made and awaits acceptance; the household's workers are told. */
    record Made(Claim claim, Need need, Household household, String claimant) implements Recorded {
        @Override
        public ClaimOutcome outcome() {
            return ClaimOutcome.CLAIMED;
        }

        @Override
        public CaseEventKind kind() {
            return CaseEventKind.NEED_CLAIMED;
        }

        @Override
        public String summary() {
            return "Need claimed by " + claim.claimantKind;
        }

        @Override
        public Map<String, Object> details() {
            return Map.of("claimId", claim.id, "claimantKind", claim.claimantKind);
        }
    }

    /** Someone else held the need, or won the race for it at the database. */
    record Conflict(long needId) implements ClaimEvent {
        @Override
        public ClaimOutcome outcome() {
            return ClaimOutcome.CONFLICT;
        }
    }

    record Accepted(Claim claim, Need need) implements Recorded {
        @Override
        public ClaimOutcome outcome() {
            return ClaimOutcome.ACCEPTED;
        }

        @Override
        public CaseEventKind kind() {
            return CaseEventKind.CLAIM_ACCEPTED;
        }

        @Override
        public String summary() {
            return "claim accepted";
        }

        @Override
        public Map<String, Object> details() {
            return Map.of("claimId", claim.id);
        }
    }

    record Declined(Claim claim, Need need) implements Recorded {
        @Override
        public ClaimOutcome outcome() {
            return ClaimOutcome.DECLINED;
        }

        @Override
        public CaseEventKind kind() {
            return CaseEventKind.CLAIM_DECLINED;
        }

        @Override
        public String summary() {
            return "claim declined";
        }

        @Override
        public Map<String, Object> details() {
            return Map.of("reason", claim.declineReason, "claimId", claim.id);
        }
    }

    /** The claimant gave the claim up; the need is open again and its workers are told. */
    record Released(Claim claim, Need need, Household household, String claimant) implements Recorded {
        @Override
        public ClaimOutcome outcome() {
            return ClaimOutcome.RELEASED;
        }

        @Override
        public CaseEventKind kind() {
            return CaseEventKind.CLAIM_RELEASED;
        }

        @Override
        public String summary() {
            return "claim released";
        }

        @Override
        public Map<String, Object> details() {
            return Map.of("reason", claim.endReason, "claimId", claim.id);
        }
    }

    /** The first service under an accepted claim was logged (the log itself is a {@link ServiceLogged}). */
    record Delivered(Claim claim, Need need, Household household, String claimant) implements ClaimEvent {
        @Override
        public ClaimOutcome outcome() {
            return ClaimOutcome.DELIVERED;
        }
    }

    record Confirmed(Claim claim, Need need) implements Recorded {
        @Override
        public ClaimOutcome outcome() {
            return ClaimOutcome.CONFIRMED;
        }

        @Override
        public CaseEventKind kind() {
            return CaseEventKind.CLAIM_CONFIRMED;
        }

        @Override
        public String summary() {
            return "claim confirmed";
        }

        @Override
        public Map<String, Object> details() {
            return Map.of("claimId", claim.id);
        }
    }

    /** Not accepted in time, or no service logged by the promised date plus the grace period. */
    record Expired(Claim claim, Need need, Household household, String reason) implements Recorded {
        @Override
        public ClaimOutcome outcome() {
            return ClaimOutcome.EXPIRED;
        }

        @Override
        public CaseEventKind kind() {
            return CaseEventKind.CLAIM_EXPIRED;
        }

        @Override
        public String summary() {
            return "Claim expired";
        }

        @Override
        public Map<String, Object> details() {
            return Map.of("claimId", claim.id, "reason", reason);
        }
    }

    /** The need was cancelled, which ends its active claim (recorded and counted as declined). */
    record EndedWithNeed(Claim claim, Need need) implements Recorded {
        @Override
        public ClaimOutcome outcome() {
            return ClaimOutcome.DECLINED;
        }

        @Override
        public CaseEventKind kind() {
            return CaseEventKind.CLAIM_DECLINED;
        }

        @Override
        public String summary() {
            return "Claim ended: need cancelled";
        }

        @Override
        public Map<String, Object> details() {
            return Map.of("claimId", claim.id);
        }
    }
}
