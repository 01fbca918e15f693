package org.tongxing.matching.commitment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.tongxing.matching.ContactChannel;
import org.tongxing.matching.Dimension;

/**
 * A contact of a pair or group: when, how long, how, who took part (each one person-time, 人次), what was done and
 * in which dimensions (the first is the one it counts as), and optionally something the case worker should follow up.
 */
public record ContactRequest(@NotNull @PastOrPresent LocalDate contactedOn,
        @NotNull @DecimalMin("0.25") @DecimalMax("24") @Digits(integer = 2, fraction = 2) BigDecimal hours,
        @NotNull ContactChannel channel,
        @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 40) @Pattern(regexp = "[^,]+",
                message = "must not contain a comma") String> participants,
        @NotEmpty @Size(max = 5) List<@NotNull Dimension> dimensions,
        @NotBlank @Size(max = 1000) String summary,
        @Size(max = 500) String followUp) {
}
