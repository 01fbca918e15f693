package org.tongxing.need;

import java.time.Instant;
import java.time.LocalDate;

import org.tongxing.household.Composition;
import org.tongxing.privacy.ViewLevel;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A need at one of three levels ({@link ViewLevel}); fields a level does not show are absent. Built only by
 * {@link NeedViews}, which is the single place that decides what each viewer sees.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NeedView(ViewLevel view, long id, NeedCategory category, String description, Urgency urgency,
        NeedStatus status, Visibility visibility, boolean longTerm, LocalDate wantedBy, String areaCode,
        String areaName,
        HouseholdType household, Instant createdAt, Instant updatedAt, Long version,
        Long householdId, Long memberId, String cancelReason, Contact contact) {

    /** The shape of the family without names: "single mother, 2 children". */
    public record HouseholdType(Composition composition, int children) {
    }

    /** Whom the claimant should call; absent when the family did not consent to sharing it. */
    public record Contact(String name, String phone) {
    }
}
