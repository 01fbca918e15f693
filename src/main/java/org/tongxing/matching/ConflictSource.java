package org.tongxing.matching;

/** Where a "never match these two" came from. */
public enum ConflictSource {
    /** A cadre rejected a proposal of the two, with a reason. */
    REJECTED_PROPOSAL,
    /** A case worker recorded it (a relative, a past complaint, a dispute). */
    DECLARED,
    /** The volunteer ended their own pair with the family, or left its group: do not propose them again. */
    LEFT_BY_VOLUNTEER,
    /** Whoever ended a pair or seat said it was a bad fit. */
    BAD_FIT
}
