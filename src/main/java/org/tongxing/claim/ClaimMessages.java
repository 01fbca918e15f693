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

    @Message("我的承诺")
    String commitments_title();

    @Message("等待社工审核")
    String waiting();

    @Message("进行中")
    String working();

    @Message("已结束")
    String finished();

    @Message("您还没有认领任何需求。去“需求认领大厅”看看吧。")
    String no_commitments();

    @Message("去需求认领大厅")
    String to_board();

    @Message("承诺 {date} 前完成")
    String promised_short(String date);

    @Message("已过承诺日期，请尽快记录服务，否则认领会到期释放")
    String promise_passed();

    @Message("长期结对")
    String pairs();

    @Message("由妇联干部安排的一对一长期陪伴。家庭的联系方式由社工当面介绍。")
    String pairs_hint();

    @Message("结对开始于 {when}")
    String paired_since(String when);

    @Message("1+3+1 帮扶小组")
    String groups();

    @Message("一位干部、三位志愿者，共同帮扶一位母亲。")
    String groups_hint();

    @Message("{area}的帮扶小组")
    String group_of(String area);

    @Message("组长")
    String group_lead();

    @Message("志愿者")
    String group_members();

    @Message("{count}/3 位")
    String group_seats(int count);

    @Message("小组负责的需求")
    String group_needs();

    @Message("加入于 {when}")
    String joined_on(String when);

    @Message("认领详情")
    String claim_title();

    @Message("返回我的承诺")
    String back_to_commitments();

    @Message("认领已提交，等待社工审核。审核结果会通知您。")
    String claimed_notice();

    @Message("服务已记录，谢谢您！")
    String logged_notice();

    @Message("已放弃这项认领，需求重新开放给其他人。")
    String released_notice();

    @Message("状态")
    String status();

    @Message("认领时间")
    String claimed_at();

    @Message("婉拒原因")
    String declined_because();

    @Message("结束原因")
    String ended_because();

    @Message("满意度")
    String rated();

    @Message("联系人（家庭同意后提供）")
    String contact();

    @Message("家庭未同意提供联系方式，请通过社工联系。")
    String no_contact();

    @Message("还没有记录服务。")
    String no_services();

    @Message("记录一次服务")
    String log_service();

    @Message("服务日期")
    String served_on();

    @Message("时长（小时）")
    String hours();

    @Message("例如 1.5")
    String hours_hint();

    @Message("服务人次")
    String person_times();

    @Message("一次服务几个人受益，就记几人次")
    String person_times_hint();

    @Message("做了什么（可选）")
    String note();

    @Message("保存服务记录")
    String save_service();

    @Message("放弃认领")
    String release();

    @Message("放弃原因（社工会看到）")
    String release_reason();

    @Message("如果您无法继续，请尽早放弃，让其他人可以接手。")
    String release_hint();

    @Message("{date} · {hours} 小时 · {times} 人次")
    String service_line(String date, String hours, int times);

    @Message("请填写婉拒原因，认领方会看到它。")
    String decline_reason_required();

    @Message("结束结对")
    String end_my_pair();

    @Message("如果您无法继续，请说明原因。社工会收到通知，并为这个家庭寻找新的志愿者。")
    String end_my_pair_hint();

    @Message("原因（社工会看到）")
    String end_my_reason();

    @Message("退出小组")
    String leave_seat();

    @Message("小组会继续，空出的位置会由其他志愿者补上。社工和组长会收到通知。")
    String leave_seat_hint();

    @Message("结对已结束，社工已收到通知。谢谢您的陪伴！")
    String my_pair_ended_notice();

    @Message("您已退出小组，社工和组长已收到通知。谢谢您！")
    String seat_left_notice();

    @Message("{#when status}{#is PENDING}待审核{#is ACCEPTED}已接受{#is DELIVERED}已服务待确认{#is CONFIRMED}已确认"
            + "{#is DECLINED}未通过{#is RELEASED}已放弃{#is EXPIRED}已过期{/when}")
    String claim_status(ClaimStatus status);
}
