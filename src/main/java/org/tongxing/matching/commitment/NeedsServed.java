package org.tongxing.matching.commitment;

import java.time.Instant;

import org.tongxing.need.Need;
import org.tongxing.need.NeedStatus;

/**
 * What becomes of a need when the pair or group serving it ends. By the need lifecycle a need in progress is either
 * met (FULFILLED) or open again (OPEN, as after a released claim), where the next matching run finds it. A need
 * that is no longer in progress (cancelled, or met another way) is left as it is.
 */
final class NeedsServed {

    private NeedsServed() {
    }

    static void settle(Need need, boolean fulfilled, Instant now) {
        if (need.status == NeedStatus.IN_PROGRESS) {
            need.status = fulfilled ? NeedStatus.FULFILLED : NeedStatus.OPEN;
            need.updatedAt = now;
        }
    }
}
