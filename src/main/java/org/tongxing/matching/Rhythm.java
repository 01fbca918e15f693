package org.tongxing.matching;

/** How often a pair is expected to be in contact; past it plus a grace the pair counts as quiet. */
public enum Rhythm {
    WEEKLY(7), FORTNIGHTLY(14), MONTHLY(30);

    public final int days;

    Rhythm(int days) {
        this.days = days;
    }
}
