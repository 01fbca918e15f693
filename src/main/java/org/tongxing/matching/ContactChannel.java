package org.tongxing.matching;

/** How a pair or group was in contact: a home visit, a call, WeChat or other messaging, a group activity, online. */
public enum ContactChannel {
    HOME_VISIT, PHONE, MESSAGING, GROUP_ACTIVITY, ONLINE
}
