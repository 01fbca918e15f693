package org.tongxing.matching.commitment;

import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.tongxing.matching.Dimension;
import org.tongxing.matching.Outcome;

/**
 * One side's part of a review. The family (or its case worker for it, with {@code forFamily}) and the volunteer
 * give a rating of 1 to 5 with a comment; the case workers give the outcome per dimension.
 */
public record ReviewPart(@Min(1) @Max(5) Integer rating, @Size(max = 500) String comment,
        Map<Dimension, Outcome> outcomes, Boolean forFamily) {

    boolean entersForFamily() {
        return Boolean.TRUE.equals(forFamily);
    }
}
