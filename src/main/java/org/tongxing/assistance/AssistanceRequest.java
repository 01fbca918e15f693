package org.tongxing.assistance;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** One-off assistance as the worker records it: the money given, or the value of the goods. */
public record AssistanceRequest(
        @NotNull AssistanceKind kind,
        @NotNull @PastOrPresent LocalDate givenOn,
        @NotNull @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal amount,
        @NotBlank @Size(max = 200) String what,
        @Size(max = 100) String givenBy) {
}
