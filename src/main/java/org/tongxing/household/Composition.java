package org.tongxing.household;

/** The shape of the family, shown (without names) even in the public view of a need. */
public enum Composition {
    /** 顶梁柱母亲: a mother carrying the family alone. */
    SINGLE_MOTHER,
    SINGLE_FATHER,
    ELDERLY_ALONE,
    ELDERLY_COUPLE,
    /** 事实无人抚养儿童: children without a carer in practice. */
    UNSUPPORTED_CHILDREN,
    /** 隔代抚养: grandparents raising grandchildren. */
    GRANDPARENT_CARER,
    /** A family whose main concern is a severely disabled member. */
    DISABILITY,
    TWO_PARENT,
    OTHER
}
