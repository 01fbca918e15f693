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

    /** One notice in both languages; each recipient gets it in the language of their account only. */
    public record Message(NotificationKind kind, Words chinese, Words english, Long needId, Long claimId) {
    }

    /** A notice's subject and body in one language. */
    public record Words(String subject, String body) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void send(Collection<UserAccount> recipients, Message message) {
        var now = Timestamps.now();
        for (UserAccount recipient : recipients) {
            Notification n = new Notification();
            n.recipientId = recipient.id;
            n.kind = message.kind();
            Words words = recipient.readsEnglish() ? message.english() : message.chinese();
            n.subject = words.subject();
            n.body = words.body();
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
