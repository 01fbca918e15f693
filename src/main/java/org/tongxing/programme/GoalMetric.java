package org.tongxing.programme;

/** What a programme goal counts, always from the real records of its member households within its period. */
public enum GoalMetric {
    /** Member households that received at least one logged service. */
    HOUSEHOLDS_SERVED,
    /** Hours of logged service. */
    SERVICE_HOURS,
    /** Person-times (人次) of logged service. */
    PERSON_TIMES,
    /** Home visits recorded. */
    VISITS,
    /** Long-term pairs (结对) active at some time in the period. */
    PAIRS,
    /** 1+3+1 support groups active at some time in the period. */
    GROUPS
}
