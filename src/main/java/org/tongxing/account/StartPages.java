package org.tongxing.account;

import org.tongxing.common.Role;

/** The page each role starts at: where signing in, and the front door, take a signed-in person. */
public final class StartPages {

    private StartPages() {
    }

    public static String of(Role role) {
        return switch (role) {
            case ADMIN -> "/admin";
            case CADRE -> "/cadre";
            case WORKER -> "/worker";
            case VOLUNTEER, ORG_MEMBER -> "/board";
            case FAMILY -> "/family";
        };
    }
}
