package org.tongxing.volunteer;

/**
 * A volunteer stopped being available for pairs and groups: their vetting was withdrawn or they set their
 * capacity to 0. Fired inside the transaction that changed them; the matching feature ends their commitments
 * and, once committed, tells any solving run.
 */
public record VolunteerWithdrew(long volunteerId, String areaCode, String reason) {
}
