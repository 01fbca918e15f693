package org.tongxing.matching.run;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What the progress stream of a run says: {@code best} for each new best score while solving, {@code end} once
 * with the outcome. Scores read "hard/medium/soft": hard breaks rules (must be 0), medium counts requests,
 * seats and needs left open, soft is the cost (10 points ≈ 1 km).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunEvent(String event, long runId, String status, String score, Long hard, Long medium, Long soft,
        Long elapsedMillis, Integer proposals, Instant at) {

    public static final String BEST = "best";
    public static final String END = "end";
}
