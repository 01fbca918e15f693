package org.tongxing.matching;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tongxing.need.Need;
import org.tongxing.need.NeedStatus;
import org.tongxing.timeline.CaseEventKind;
import org.tongxing.timeline.CaseHistory;

/**
 * What happened to a family's pairs and 1+3+1 groups, or to a proposal for them, fired as a CDI event by the
 * change that did it: the timeline records each, and {@link MatchingNotices} tells the people concerned, in the
 * change's transaction.
 */
public sealed interface MatchingEvent extends CaseHistory {

    /** Who or what ended a pair or emptied a seat: it decides the history's words and who is told. */
    enum Cause {
        VOLUNTEER, CASE_WORKER, VOLUNTEER_WITHDREW, NEED_CANCELLED
    }

    /** An accepted proposal ({@code proposalId}), or a cadre by hand (null), paired a volunteer with the need. */
    record PairingStarted(Pairing pairing, Need need, Long proposalId) implements MatchingEvent {
        @Override
        public long householdId() {
            return pairing.householdId;
        }

        @Override
        public Long needId() {
            return need.id;
        }

        @Override
        public CaseEventKind kind() {
            return CaseEventKind.PAIRING_STARTED;
        }

        @Override
        public String summary() {
            return "Paired with a volunteer: " + need.category;
        }

        @Override
        public Map<String, Object> details() {
            return proposalId == null
                    ? Map.of("pairingId", pairing.id, "volunteerId", pairing.volunteerId, "byHand", true)
                    : Map.of("pairingId", pairing.id, "volunteerId", pairing.volunteerId, "proposalId", proposalId);
        }
    }

    /** An accepted proposal ({@code proposalId}) or a cadre by hand (null) formed the group or seated volunteers in it. */
    record GroupJoined(SupportGroup group, List<Long> volunteerIds, Long proposalId, boolean formed)
            implements MatchingEvent {
        @Override
        public long householdId() {
            return group.householdId;
        }

        @Override
        public CaseEventKind kind() {
            return formed ? CaseEventKind.SUPPORT_GROUP_FORMED : CaseEventKind.SUPPORT_GROUP_JOINED;
        }

        @Override
        public String summary() {
            return formed ? "1+3+1 support group formed" : "Volunteers joined the 1+3+1 support group";
        }

        @Override
        public Map<String, Object> details() {
            return proposalId == null ? Map.of("groupId", group.id, "volunteerIds", volunteerIds, "byHand", true)
                    : Map.of("groupId", group.id, "volunteerIds", volunteerIds, "proposalId", proposalId);
        }
    }

    /** A cadre gave the group another lead by hand; {@code previousCadreId} led it before. */
    record LeadChanged(SupportGroup group, Long previousCadreId) implements MatchingEvent {
        @Override
        public long householdId() {
            return group.householdId;
        }

        @Override
        public CaseEventKind kind() {
            return CaseEventKind.SUPPORT_GROUP_LEAD_CHANGED;
        }

        @Override
        public String summary() {
            return "The 1+3+1 support group has a new lead";
        }

        @Override
        public Map<String, Object> details() {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("groupId", group.id);
            details.put("cadreId", group.cadreId);
            if (previousCadreId != null) {
                details.put("previousCadreId", previousCadreId);
            }
            return details;
        }
    }

    /** @param needStatus what became of the need, when a party ended the pair (null otherwise) */
    record PairingEnded(Pairing pairing, Cause cause, NeedStatus needStatus) implements MatchingEvent {
        @Override
        public long householdId() {
            return pairing.householdId;
        }

        @Override
        public Long needId() {
            return pairing.needId;
        }

        @Override
        public CaseEventKind kind() {
            return CaseEventKind.PAIRING_ENDED;
        }

        @Override
        public String summary() {
            return switch (cause) {
                case VOLUNTEER -> "Pair ended by the volunteer";
                case CASE_WORKER -> "Pair ended by a case worker";
                case VOLUNTEER_WITHDREW -> "Pair ended: the volunteer withdrew";
                case NEED_CANCELLED -> "Pair ended: need cancelled";
            };
        }

        @Override
        public Map<String, Object> details() {
            Map<String, Object> details = new LinkedHashMap<>(Map.of("pairingId", pairing.id, "volunteerId",
                    pairing.volunteerId));
            if (cause != Cause.NEED_CANCELLED) {
                details.put("reason", pairing.endReason);
            }
            if (needStatus != null) {
                details.put("needStatus", needStatus);
            }
            return details;
        }
    }

    /** A volunteer's seat in the group ended; {@code seat} is in the history only when a party ended it. */
    record SeatLeft(SupportGroup group, GroupMember seat, String reason, Cause cause) implements MatchingEvent {
        @Override
        public long householdId() {
            return group.householdId;
        }

        @Override
        public CaseEventKind kind() {
            return CaseEventKind.SUPPORT_GROUP_LEFT;
        }

        @Override
        public String summary() {
            return cause == Cause.CASE_WORKER ? "A case worker took a volunteer out of the 1+3+1 group"
                    : "A volunteer left the 1+3+1 group";
        }

        @Override
        public Map<String, Object> details() {
            if (cause == Cause.VOLUNTEER_WITHDREW) {
                return Map.of("groupId", group.id, "volunteerId", seat.volunteerId, "reason", reason);
            }
            return Map.of("groupId", group.id, "volunteerId", seat.volunteerId, "seat", (int) seat.seat, "reason",
                    reason);
        }
    }

    record GroupEnded(SupportGroup group, List<Long> volunteerIds, boolean completed) implements MatchingEvent {
        @Override
        public long householdId() {
            return group.householdId;
        }

        @Override
        public CaseEventKind kind() {
            return CaseEventKind.SUPPORT_GROUP_ENDED;
        }

        @Override
        public String summary() {
            return "1+3+1 support group ended";
        }

        @Override
        public Map<String, Object> details() {
            return Map.of("groupId", group.id, "volunteerIds", volunteerIds, "reason", group.endReason, "completed",
                    completed);
        }
    }

    /** None of the proposal's volunteers will be proposed to this family again. */
    record MatchRejected(MatchingProposal proposal, List<Long> volunteerIds) implements MatchingEvent {
        @Override
        public long householdId() {
            return proposal.householdId;
        }

        @Override
        public Long needId() {
            return proposal.needId;
        }

        @Override
        public CaseEventKind kind() {
            return CaseEventKind.MATCH_REJECTED;
        }

        @Override
        public String summary() {
            return "Matching proposal rejected";
        }

        @Override
        public Map<String, Object> details() {
            return Map.of("proposalId", proposal.id, "volunteerIds", volunteerIds, "reason", proposal.rejectReason);
        }
    }

    record ConflictDeclared(MatchingConflict conflict) implements MatchingEvent {
        @Override
        public long householdId() {
            return conflict.householdId;
        }

        @Override
        public CaseEventKind kind() {
            return CaseEventKind.MATCHING_CONFLICT_DECLARED;
        }

        @Override
        public String summary() {
            return "Conflict with a volunteer recorded";
        }

        @Override
        public Map<String, Object> details() {
            return Map.of("conflictId", conflict.id, "volunteerId", conflict.volunteerId);
        }
    }

    /** What a step of a pair's or group's life concerns: one or the other. */
    enum Of {
        PAIRING, GROUP
    }

    /**
     * A step in the life of a pair or group after the match: the volunteer confirmed the trial, the household
     * consented, a cadre made it formal, a contact was recorded. {@code volunteerId} is who acted, where a volunteer did;
     * {@code followUp}, what a contact asks the case workers to follow up (told, never in the history).
     */
    record CommitmentStep(Of of, long commitmentId, long householdId, Long needId, CaseEventKind kind,
            Long volunteerId, String followUp) implements MatchingEvent {

        public CommitmentStep(Of of, long commitmentId, long householdId, Long needId, CaseEventKind kind,
                Long volunteerId) {
            this(of, commitmentId, householdId, needId, kind, volunteerId, null);
        }

        @Override
        public String summary() {
            return switch (kind) {
                case COMMITMENT_CONFIRMED -> "The volunteer confirmed the trial";
                case COMMITMENT_CONSENTED -> "The family consented to the " + noun();
                case COMMITMENT_FORMAL -> "The " + noun() + " was made formal";
                default -> "A contact of the " + noun() + " was recorded";
            };
        }

        private String noun() {
            return of == Of.PAIRING ? "pair" : "1+3+1 group";
        }

        @Override
        public Map<String, Object> details() {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put(of == Of.PAIRING ? "pairingId" : "groupId", commitmentId);
            if (volunteerId != null) {
                details.put("volunteerId", volunteerId);
            }
            return details;
        }
    }
}
