package org.tongxing.household;

/**
 * How closely a household is followed up. The tier implies the visit interval, which is configured
 * ({@code tongxing.follow-up.*}): by default monthly, quarterly and half-yearly.
 */
public enum Tier {
    /** 重点关注. */
    INTENSIVE,
    /** 一般关注. */
    REGULAR,
    /** 稳定关注. */
    STABLE
}
