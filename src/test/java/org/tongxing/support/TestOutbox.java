package org.tongxing.support;

import org.tongxing.notification.OutboxSender;

/** Runs the outbox sender as the scheduler would, until a run finds nothing more to send. */
public final class TestOutbox {

    private TestOutbox() {
    }

    /** Sends everything due now, a batch at a time; returns how many e-mails went out. */
    public static int deliverAllDue(OutboxSender sender) {
        int total = 0;
        for (int sent = sender.deliverDue(); sent > 0; sent = sender.deliverDue()) {
            total += sent;
        }
        return total;
    }
}
