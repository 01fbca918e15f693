package org.tongxing.visit;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.tongxing.need.NeedCategory;
import org.tongxing.need.Urgency;

/**
 * A visit to record. The time defaults to now; a code scanned at the door ({@code qrToken}) marks it as checked
 * in there. Findings noticed as needs may be posted as needs in the same step ({@code newNeeds}). Without a code,
 * {@code channel} may say it was a phone or WeChat contact rather than a visit (RECORDED, a visit entered
 * afterwards, by default), and {@code outcome} that nobody was at home (MET by default); neither counts as the
 * scheduled visit.
 */
public record VisitRequest(
        @PastOrPresent Instant visitedAt,
        @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
        @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude,
        @Size(max = 200) String locationNote,
        @Size(max = 4000) String findings,
        CheckResult livingConditions,
        CheckResult health,
        CheckResult schooling,
        Set<NeedCategory> needsNoticed,
        @Size(max = 8) List<@Valid NewNeed> newNeeds,
        @Size(max = 64) String qrToken,
        VisitChannel channel,
        VisitOutcome outcome) {

    /** A visit at the door (no channel or outcome given: recorded, or scanned when a code comes with it, and met). */
    public VisitRequest(Instant visitedAt, BigDecimal latitude, BigDecimal longitude, String locationNote,
            String findings, CheckResult livingConditions, CheckResult health, CheckResult schooling,
            Set<NeedCategory> needsNoticed, List<NewNeed> newNeeds, String qrToken) {
        this(visitedAt, latitude, longitude, locationNote, findings, livingConditions, health, schooling,
                needsNoticed, newNeeds, qrToken, null, null);
    }

    /** A finding to post as a need of the household at once. */
    public record NewNeed(
            @NotNull NeedCategory category,
            @NotBlank @Size(min = 5, max = 2000) String description,
            @NotNull Urgency urgency) {
    }
}
