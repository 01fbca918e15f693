package org.tongxing.household;

import jakarta.validation.constraints.NotNull;

/**
 * What the family agreed to, asked explicitly: to keep a case file at all, and to share the contact
 * person's name and phone with a helper whose claim has been accepted.
 */
public record ConsentRequest(@NotNull Boolean dataProcessing, @NotNull Boolean shareContact) {
}
