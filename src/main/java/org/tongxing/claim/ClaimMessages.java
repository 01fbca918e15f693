package org.tongxing.claim;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words of the claim pages; English in messages/claim_en.properties. */
@MessageBundle(value = "claim", locale = "zh-CN")
public interface ClaimMessages {

    @Message("认领方")
    String claimant();

    @Message("计划")
    String plan();

    @Message("承诺完成日期")
    String promised_by();

    @Message("接受认领")
    String accept();

    @Message("婉拒")
    String decline();

    @Message("婉拒原因（会告知认领方）")
    String decline_reason();

    @Message("确认已得到帮助")
    String confirm();

    @Message("满意度（可选）")
    String satisfaction();

    @Message("{stars} 星")
    String stars(int stars);

    @Message("不评分")
    String no_rating();

    @Message("意见（可选）")
    String feedback();

    @Message("暂时没有。")
    String none();

    @Message("已接受认领，认领方现在可以看到联系方式（如家庭同意）。")
    String accepted_notice();

    @Message("已婉拒，需求重新开放。")
    String declined_notice();

    @Message("已确认，谢谢！")
    String confirmed_notice();

    @Message("已记录的服务")
    String services();

    @Message("{hours} 小时 · {times} 人次")
    String service_summary(Object hours, int times);
}
