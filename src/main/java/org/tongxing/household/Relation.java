package org.tongxing.household;

/** A member's relation to the head of the household. */
public enum Relation {
    HEAD, SPOUSE, CHILD, PARENT, GRANDPARENT, GRANDCHILD, SIBLING, OTHER
}
