package org.tongxing.volunteer;

/**
 * How far a volunteer said they will travel to a family, in the address tree's levels: their own street, their
 * district, or anywhere in the city. The matcher proposes nobody beyond it.
 */
public enum TravelRange {
    STREET, DISTRICT, CITY
}
