package org.tongxing.common;

/** Shapes of contact data accepted by the API. */
public final class ContactPatterns {

    /** A mainland mobile number (11 digits from 13x to 19x) or a landline with its area code. */
    public static final String PHONE = "^(1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8})$";
    public static final String PHONE_MESSAGE = "must be a mobile number (11 digits) or a landline with area code";

    /** BCP 47 style language tags: zh, yue (Cantonese), nan (Minnan), hak (Hakka), en ... */
    public static final String LANGUAGE = "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$";

    private ContactPatterns() {
    }
}
