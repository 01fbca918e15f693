package org.tongxing.household;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** What the family said, on its own: the family may state it on its profile, a worker at a visit. */
public record PreferencesUpdate(@NotNull @Valid FamilyPreferences preferences, @NotNull Long version) {
}
