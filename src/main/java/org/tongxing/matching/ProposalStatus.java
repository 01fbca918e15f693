package org.tongxing.matching;

/**
 * A proposal awaits a cadre (PROPOSED, and holds its places and needs meanwhile), became a pair or group (ACCEPTED), was
 * turned down, no longer fit (FAILED), or was replaced by a newer run of its kind over its household (EXPIRED).
 */
public enum ProposalStatus {
    PROPOSED, ACCEPTED, REJECTED, FAILED, EXPIRED
}
