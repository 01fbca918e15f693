package org.tongxing.visit;

/**
 * How a contact came to be recorded: a visit checked in by scanning the household's code at the door, a visit
 * entered afterwards (补录), or a contact by phone or WeChat, which is not a visit.
 */
public enum VisitChannel {
    QR_CODE,
    RECORDED,
    PHONE,
    WECHAT;

    /** Whether someone went to the home: only visits can meet the schedule. */
    public boolean isVisit() {
        return this == QR_CODE || this == RECORDED;
    }
}
