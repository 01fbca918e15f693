package org.tongxing.matching.commitment;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.tongxing.matching.EndKind;

/**
 * A volunteer's answer to a trial pair or seat. {@code sharePhone}: the family and the group may see their phone.
 * Declining needs a reason; {@code kind} (default DECLINED) decides whether later runs keep the two apart.
 */
public record TrialAnswer(@NotNull Boolean confirm, Boolean sharePhone, @Size(max = 500) String reason, EndKind kind,
        @NotNull Long version) {

    public boolean sharesPhone() {
        return Boolean.TRUE.equals(sharePhone);
    }

    public EndKind endKind() {
        return kind == null ? EndKind.DECLINED : kind;
    }
}
