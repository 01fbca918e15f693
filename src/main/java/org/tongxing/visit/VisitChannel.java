package org.tongxing.visit;

/** How a visit came to be recorded: by scanning the household's code at the door, or entered afterwards. */
public enum VisitChannel {
    QR_CODE,
    RECORDED
}
