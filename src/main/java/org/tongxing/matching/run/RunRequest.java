package org.tongxing.matching.run;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.tongxing.area.AreaCode;
import org.tongxing.matching.RunKind;

/**
 * A run to start: what to form, over which area (households and needs within it; volunteers of its district),
 * and for how long. Without a time limit the configured default applies; it may not exceed the solver's limit.
 */
public record RunRequest(
        @NotNull RunKind kind,
        @NotNull @Pattern(regexp = AreaCode.PATTERN,
                message = "must be an area code of 6, 9, 12 or 15 digits") String areaCode,
        @Min(value = 1, message = "must be at least 1") @Max(value = 3600,
                message = "must be at most 3600") Integer timeLimitSeconds) {
}
