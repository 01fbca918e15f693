package org.tongxing.matching.commitment;

import java.util.List;

import org.tongxing.matching.CommitmentStage;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A family's helpers: the volunteers of its pairs and group who confirmed, and its group's lead, each with a
 * phone only where they agreed to share it. Shown once the family (or its worker for it) consented.
 */
public record Helpers(long householdId, List<Helper> helpers) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Helper(String role, String name, String organisation, String phone, String kind, long commitmentId,
            CommitmentStage stage) {
    }
}
