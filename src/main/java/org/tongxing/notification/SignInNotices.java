package org.tongxing.notification;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.tongxing.account.SignInsFailing;
import org.tongxing.account.UserAccount;
import org.tongxing.notification.Notifier.Message;
import org.tongxing.notification.Notifier.Words;

/**
 * Tells an account's holder that its password is being guessed (OWASP: notify the user), in the transaction that
 * records the failure which put the account under attack; their known devices keep signing in regardless.
 */
@ApplicationScoped
public class SignInNotices {

    @Inject
    Notifier notifier;

    void onFailing(@Observes SignInsFailing failing) {
        UserAccount account = UserAccount.byUsername(failing.username());
        if (account != null) {
            notifier.send(List.of(account), new Message(NotificationKind.SIGN_IN_FAILURES,
                    new Words("您的账户登录多次失败", "最近有人多次用错误的密码登录您的账户。如果不是您本人，请尽快修改密码；您常用的设备仍可照常登录。"),
                    new Words("Several failed sign-ins to your account",
                            "Someone has recently failed to sign in to your account several times. If it was not"
                                    + " you, change your password soon; the devices you usually use can still sign in."),
                    null, null));
        }
    }
}
