package org.tongxing.matching;

/** A proposal awaits a cadre (PROPOSED), became a pair or group (ACCEPTED), was turned down, or no longer fit. */
public enum ProposalStatus {
    PROPOSED, ACCEPTED, REJECTED, FAILED
}
