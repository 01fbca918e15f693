package org.tongxing.common;

/** Background check of a volunteer or organisation; only VETTED ones may claim needs or serve minors. */
public enum VettingStatus {
    PENDING, VETTED, REJECTED, SUSPENDED
}
