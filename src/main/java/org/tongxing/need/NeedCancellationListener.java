package org.tongxing.need;

/** What must happen elsewhere when a need is cancelled (its active claim ends); implemented by the claim feature. */
public interface NeedCancellationListener {

    /** Called inside the cancelling transaction, before the need's status changes. */
    void needCancelled(Need need);
}
