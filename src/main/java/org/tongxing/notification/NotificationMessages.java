package org.tongxing.notification;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words of the inbox page; English in messages/note_en.properties. The notifications carry their own text. */
@MessageBundle(value = "note", locale = "zh-CN")
public interface NotificationMessages {

    @Message("通知")
    String title();

    @Message("还没有通知。")
    String none();

    @Message("未读")
    String unread();

    @Message("标为已读")
    String mark_read();

    @Message("{#when kind}{#is CLAIMED}新的认领{#is ACCEPTED}认领被接受{#is DECLINED}认领未被接受{#is EXPIRING_SOON}认领即将过期"
            + "{#is EXPIRED}认领已过期{#is RELEASED}认领被放弃{#is DELIVERED}服务已完成待确认{#is CONFIRMED}服务已确认"
            + "{#is NEED_CANCELLED}需求已取消{/when}")
    String kind(NotificationKind kind);
}
