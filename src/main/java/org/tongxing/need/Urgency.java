package org.tongxing.need;

public enum Urgency {
    LOW, NORMAL, HIGH, CRITICAL
}
