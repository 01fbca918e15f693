package org.tongxing.matching.commitment;

import java.util.List;

import org.tongxing.matching.CommitmentStage;
import org.tongxing.need.NeedCategory;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What a volunteer is handed once both sides said yes: the family in the claimant form (its contact person, only
 * if it consented to sharing), the needs the commitment covers, and whom to ask (the case workers, the group's lead
 * and the other members, each with a phone only where they agreed to share it). Before that, only the state.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Handover(String kind, long id, CommitmentStage stage, boolean handedOver, Contact family,
        List<CoveredNeed> needs, List<Contact> caseWorkers, Contact lead, List<Contact> members) {

    /** A person to reach: a name and, where they agreed, a phone or e-mail. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Contact(String name, String phone, String email) {
    }

    /** A need in its public wording: the family's own words stay with its workers. */
    public record CoveredNeed(long id, NeedCategory category, String description) {
    }

    static Handover notYet(String kind, long id, CommitmentStage stage) {
        return new Handover(kind, id, stage, false, null, null, null, null, null);
    }
}
