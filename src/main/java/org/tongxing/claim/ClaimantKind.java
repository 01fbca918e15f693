package org.tongxing.claim;

public enum ClaimantKind {
    VOLUNTEER, ORGANISATION
}
