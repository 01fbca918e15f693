package org.tongxing.programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.tongxing.common.OnUpdate;

/**
 * A programme to create, or its new settings. The rubric is given when creating; later it is replaced through
 * its own endpoint, which refuses once scoring has begun.
 */
public record ProgrammeRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull @Pattern(regexp = "^\\d{6}(\\d{3}){0,3}$", message = "must be an area code") String areaCode,
        @NotNull Long leadOrganisationId,
        @NotNull LocalDate startsOn,
        @NotNull LocalDate endsOn,
        @Size(max = 2000) String description,
        @Size(max = 6) List<@Valid Goal> goals, // at most one goal per GoalMetric
        @Size(max = 30) List<@Valid RubricItemRequest> rubric,
        @NotNull(groups = OnUpdate.class, message = "is required when updating") Long version) {

    public record Goal(
            @NotNull GoalMetric metric,
            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 10,
                    fraction = 2) BigDecimal target) {
    }

    public record RubricItemRequest(
            @NotBlank @Size(max = 200) String name,
            @NotNull @DecimalMin("0.01") @DecimalMax("1000") @Digits(integer = 4, fraction = 2) BigDecimal weight,
            @NotNull @DecimalMin("0.01") @DecimalMax("1000") @Digits(integer = 4, fraction = 2) BigDecimal maxScore) {
    }

    /** A new rubric for a programme whose scoring has not begun. */
    public record RubricRequest(
            @NotNull @Size(min = 1, max = 30) List<@Valid RubricItemRequest> items,
            @NotNull Long version) {
    }

    public record MembershipRequest(@NotNull Long householdId) {
    }
}
