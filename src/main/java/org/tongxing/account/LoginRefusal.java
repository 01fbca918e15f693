package org.tongxing.account;

/**
 * Why a sign-in was refused, announced as a CDI event. The refusal's transaction commits (it records the failure
 * the throttle counts), so observers may wait for it.
 */
public enum LoginRefusal {
    /** Unknown username, wrong password, or a disabled account: the caller is not told which. */
    WRONG_CREDENTIALS,
    /** Too many recent failures for the account or the address; the password was not checked. */
    THROTTLED
}
