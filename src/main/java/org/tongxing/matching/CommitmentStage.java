package org.tongxing.matching;

/** A pair or group starts as a trial (试结对) and becomes formal (正式结对) when a cadre confirms it. */
public enum CommitmentStage {
    TRIAL, FORMAL
}
