package org.tongxing.claim;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** A service delivered: when, how long, how many person-times (人次) and what was done. */
public record ServiceRequest(@NotNull @PastOrPresent LocalDate servedOn,
        @NotNull @DecimalMin("0.25") @DecimalMax("24") @Digits(integer = 2, fraction = 2) BigDecimal hours,
        @NotNull @Min(1) @Max(1000) Integer personTimes,
        @Size(max = 1000) String note) {
}
