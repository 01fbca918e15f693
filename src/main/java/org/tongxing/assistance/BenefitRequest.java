package org.tongxing.assistance;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.tongxing.common.OnUpdate;

/**
 * A benefit as the worker records it. Which dates and amounts a status needs is the service's rule
 * ({@link Benefits}); the version is required when changing one.
 */
public record BenefitRequest(
        @NotNull BenefitKind kind,
        Long memberId,
        @NotNull BenefitStatus status,
        @PastOrPresent LocalDate appliedOn,
        @PastOrPresent LocalDate decidedOn,
        @PastOrPresent LocalDate endedOn,
        @DecimalMin("0") @Digits(integer = 8, fraction = 2) BigDecimal monthlyAmount,
        @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal oneOffAmount,
        LocalDate recheckOn,
        @Size(max = 500) String note,
        @NotNull(groups = OnUpdate.class) Long version) {
}
