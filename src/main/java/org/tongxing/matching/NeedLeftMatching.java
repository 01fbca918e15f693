package org.tongxing.matching;

/** A need was cancelled inside a committed transaction: a solving run that includes it should drop it. */
public record NeedLeftMatching(long needId, String areaCode) {
}
