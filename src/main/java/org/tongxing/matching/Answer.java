package org.tongxing.matching;

/** A volunteer's answer to a trial pair or seat: nobody is committed to a family without saying yes. */
public enum Answer {
    PENDING, CONFIRMED, DECLINED
}
