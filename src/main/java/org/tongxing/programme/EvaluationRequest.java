package org.tongxing.programme;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new evaluation round; the evaluator defaults to whoever opens it. */
public record EvaluationRequest(@NotNull EvaluationRound.Kind kind, Long evaluatorId) {

    /** The evaluator's scores (replacing earlier ones of the same items); {@code submit} closes the round. */
    public record Scores(
            @NotNull @Size(max = 30) List<@Valid ItemScore> scores,
            @Size(max = 2000) String comment,
            boolean submit,
            @NotNull Long version) {
    }

    public record ItemScore(
            @NotNull Long itemId,
            @NotNull @DecimalMin("0") @Digits(integer = 4, fraction = 2) BigDecimal score,
            @Size(max = 1000) String comment) {
    }
}
