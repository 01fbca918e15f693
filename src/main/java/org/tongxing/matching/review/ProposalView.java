package org.tongxing.matching.review;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.tongxing.household.Composition;
import org.tongxing.matching.ProposalStatus;
import org.tongxing.matching.RunKind;
import org.tongxing.matching.solver.Explanation;
import org.tongxing.need.NeedCategory;
import org.tongxing.need.Urgency;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A proposal for a cadre to review. The family is shown by its file number, area and shape, and the need by
 * its public wording: what a proposal needs, without any identity of the family (the file holds the rest).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProposalView(long id, long runId, RunKind kind, ProposalStatus status, long householdId, String areaCode,
        String areaName, Composition composition, NeedSummary need, Person volunteer, Person cadre,
        List<Member> members,
        List<NeedCategory> uncovered, long cost, Map<String, Long> costParts, Explanation explanation,
        String rejectReason, String failure, Instant decidedAt, long version) {

    public record NeedSummary(long id, NeedCategory category, Urgency urgency, String description) {
    }

    /** A volunteer or cadre; cadres see the volunteers of their district by name anyway. */
    public record Person(long id, String name, String areaCode, String areaName) {
    }

    public record Member(int seat, Person volunteer, long cost, Map<String, Long> costParts, Explanation explanation) {
    }

    /** Still awaiting a decision (for pages; not part of the JSON). */
    @JsonIgnore
    public boolean isOpen() {
        return status == ProposalStatus.PROPOSED;
    }

    /** The id of the page's reason field for rejecting this proposal. */
    @JsonIgnore
    public String reasonField() {
        return "reason-" + id;
    }
}
