package org.tongxing.common;

public enum Gender {
    FEMALE, MALE
}
