package org.tongxing.household;

/**
 * For whom a family wishes a volunteer of a given gender: a mother may want a woman for herself and not mind
 * who tutors her son. The matcher applies the wish only to the help meant for that person.
 */
public enum GenderWishFor {
    /** Whoever comes to the family. */
    FAMILY,
    /** Help meant for a child of the family (a need about a minor, or a family with children and no one named). */
    CHILD,
    /** Help meant for the mother: her 1+3+1 group, or a need about an adult member. */
    MOTHER
}
