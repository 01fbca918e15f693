package org.tongxing.account;

/**
 * Announced (a CDI event) when an account's failed sign-ins from unknown devices reach the count at which every
 * address must wait between attempts: someone may be guessing its password, and its holder should know.
 */
public record SignInsFailing(String username) {
}
