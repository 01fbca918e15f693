package org.tongxing.account;

/**
 * The records an account may be linked to (its organisation, volunteer, household or cadre) belong to other
 * features; each of them implements this, so that an account names only records that exist.
 */
public interface AccountLinks {

    /** The account field that holds such a link: {@code organisationId}, {@code volunteerId}, … */
    String field();

    /** What the record is called in a refusal: "organisation", "volunteer", … */
    String what();

    boolean exists(long id);
}
