package org.tongxing.visit;

import java.time.Instant;

/** A household's active check-in code: the address its QR code encodes, which holds the signed token. */
public record VisitCodeView(long householdId, int generation, Instant issuedAt, String url) {
}
