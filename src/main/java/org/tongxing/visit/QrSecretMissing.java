package org.tongxing.visit;

import org.tongxing.common.DomainException;

/** QR codes cannot be signed: no secret is configured (with an external database one must be). */
public class QrSecretMissing extends DomainException {

    public QrSecretMissing(String detail) {
        super(detail);
    }
}
