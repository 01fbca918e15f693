package org.tongxing.notification;

import java.util.Collection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.tongxing.account.UserAccount;
import org.tongxing.common.Timestamps;

/**
 * Writes notifications into the outbox. It must join the transaction of the event it announces, so that
 * the event and its announcement are committed together or not at all.
 */
@ApplicationScoped
public class Notifier {

    public record Message(NotificationKind kind, String subject, String body, Long needId, Long claimId) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void send(Collection<UserAccount> recipients, Message message) {
        var now = Timestamps.now();
        for (UserAccount recipient : recipients) {
            Notification n = new Notification();
            n.recipientId = recipient.id;
            n.kind = message.kind();
            n.subject = message.subject();
            n.body = message.body();
            n.needId = message.needId();
            n.claimId = message.claimId();
            n.createdAt = now;
            n.emailTo = recipient.email;
            n.emailStatus = recipient.email == null || recipient.email.isBlank() ? EmailStatus.SKIPPED
                    : EmailStatus.PENDING;
            n.nextAttemptAt = n.emailStatus == EmailStatus.PENDING ? now : null;
            n.persist();
        }
    }
}
