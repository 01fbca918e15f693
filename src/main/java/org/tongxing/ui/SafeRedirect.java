package org.tongxing.ui;

/** Only paths on this site may be redirected to, so a crafted link cannot send a user elsewhere after sign-in. */
public final class SafeRedirect {

    private SafeRedirect() {
    }

    public static String path(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")
                || next.chars().anyMatch(c -> c < 0x20)) {
            return "/";
        }
        return next;
    }
}
