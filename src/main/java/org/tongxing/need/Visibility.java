package org.tongxing.need;

/**
 * Who may see and claim a need. It starts with the community's own workers and is escalated one level
 * at a time when the grassroots cannot solve it, until it is opened to the public (开放认领).
 */
public enum Visibility {
    COMMUNITY, STREET, DISTRICT, PUBLIC
}
