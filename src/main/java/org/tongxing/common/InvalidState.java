package org.tongxing.common;

/** The record is not in a state that allows this (a finished need edited, a run stopped after it ended). */
public class InvalidState extends DomainException {

    public InvalidState(String detail) {
        super(detail);
    }
}
