package org.tongxing.common;

/** What a signed-in person may do; names are used in {@code @RolesAllowed}, see {@link Roles}. */
public enum Role {
    /** Runs the platform: accounts, vetting, the disclosure log. */
    ADMIN,
    /** Women's-federation cadre or street official: leads groups, runs matching, escalates, in their area. */
    CADRE,
    /** Grassroots social worker, grid worker or children's director: keeps the case files of their area. */
    WORKER,
    /** A volunteer acting for themselves. */
    VOLUNTEER,
    /** A member of a charity or agency, acting for it. */
    ORG_MEMBER,
    /** A household's own account. */
    FAMILY
}
