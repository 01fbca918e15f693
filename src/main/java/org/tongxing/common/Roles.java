package org.tongxing.common;

/** Role names as compile-time constants for {@code @RolesAllowed}. */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String CADRE = "CADRE";
    public static final String WORKER = "WORKER";
    public static final String VOLUNTEER = "VOLUNTEER";
    public static final String ORG_MEMBER = "ORG_MEMBER";
    public static final String FAMILY = "FAMILY";

    private Roles() {
    }
}
