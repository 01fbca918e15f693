package org.tongxing.pages.family;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words of the family's pages, kept plain; English in messages/fam_en.properties. */
@MessageBundle(value = "fam", locale = "zh-CN")
public interface FamilyMessages {

    @Message("我的需求")
    String home_title();

    @Message("需要帮助时，在这里告诉我们。社工会先在社区里想办法，也可能请志愿者或公益组织来帮忙。")
    String home_intro();

    @Message("我需要帮助")
    String ask();

    @Message("还没有提过需求。")
    String no_needs();

    @Message("有 {count} 项帮助等待您确认")
    String to_confirm(int count);

    @Message("请告诉我们帮助是否已经收到。")
    String to_confirm_hint();

    @Message("提交于 {date}")
    String posted_on(String date);

    @Message("需要什么帮助？")
    String ask_title();

    @Message("选一个最接近的类别")
    String pick_category();

    @Message("请用自己的话说一说")
    String description();

    @Message("例如：孩子上三年级，数学跟不上，想找人每周辅导一次。不用写电话和身份证号。")
    String description_hint();

    @Message("有多急？")
    String urgency();

    @Message("最晚完成日期（可选）")
    String wanted_by();

    @Message("提交")
    String submit();

    @Message("已收到您的需求。社工会尽快联系您。")
    String posted_notice();

    @Message("谢谢您的确认和评价！")
    String confirmed_notice();

    @Message("已保存修改。")
    String changed_notice();

    @Message("求助已取消。")
    String cancelled_notice();

    @Message("修改或取消")
    String change_title();

    @Message("修改求助内容")
    String change();

    @Message("保存修改")
    String save_changes();

    @Message("不再需要帮助了？取消这个求助")
    String cancel_title();

    @Message("请说说为什么取消（社工会看到）")
    String cancel_reason();

    @Message("取消求助")
    String cancel_submit();

    @Message("进展")
    String progress();

    @Message("{#when step}{#is 'posted'}已提交{#is 'claimed'}有人愿意帮忙{#is 'helping'}正在帮忙{#is 'done'}已完成{/when}")
    String step(String step);

    @Message("当前一步")
    String current_step();

    @Message("帮忙的人")
    String helpers();

    @Message("还没有人认领。社工正在想办法。")
    String no_helpers();

    @Message("帮助收到了吗？")
    String confirm_title();

    @Message("如果已经得到帮助，请确认，并说说感受。")
    String confirm_intro();

    @Message("打几分？")
    String rating();

    @Message("想说的话（可选）")
    String comment();

    @Message("确认已收到帮助")
    String confirm();

    @Message("已做的服务")
    String services();

    @Message("返回我的需求")
    String back();

    @Message("我的资料")
    String profile_title();

    @Message("这是社工为您家建立的档案。如果有不对的地方，请告诉您的社工。")
    String profile_intro();

    @Message("账户")
    String account();

    @Message("地址")
    String address();

    @Message("家里人")
    String members();

    @Message("结对帮扶")
    String nav_helpers();

    @Message("帮助我们的人")
    String helpers_title();

    @Message("这里是为您家结对帮扶的志愿者和 1+3+1 帮扶小组。您同意以后，他们才会看到您家登记的联系人和电话。")
    String helpers_intro();

    @Message("还没有人和您家结对。")
    String no_commitments();

    @Message("1+3+1 帮扶小组")
    String group_title();

    @Message("{#if formal}正式结对{#else}试结对，{date} 前决定是否转为正式{/if}")
    String stage(boolean formal, java.time.LocalDate date);

    @Message("有志愿者愿意帮助您家（试结对）。您同意后，志愿者会看到您登记的联系人和电话，社工会介绍你们认识。")
    String consent_hint();

    @Message("我同意")
    String consent();

    @Message("谢谢，您已同意。志愿者确认后会和您联系。")
    String consented_notice();

    @Message("谢谢您的评价。")
    String reviewed_notice();

    @Message("您已同意，正在等志愿者确认。")
    String waiting_helpers();

    @Message("{#if role == 'LEAD'}小组组长{#else}志愿者{/if}")
    String helper_role(String role);

    @Message("单位")
    String organisation();

    @Message("电话")
    String phone();

    @Message("没有公开电话，请通过社工联系")
    String no_phone();

    @Message("已联系 {count} 次，共 {hours} 小时，最近一次在 {last}。")
    String contacts_summary(long count, String hours, String last);

    @Message("还没有联系记录。")
    String no_contacts();

    @Message("{#if kind == 'FINAL'}终期回访{#else}中期回访{/if}")
    String review_kind(String kind);

    @Message("您的评分：{rating} 分{#if comment}，“{comment}”{/if}")
    String your_rating(int rating, String comment);

    @Message("您对这段帮扶满意吗？（1 到 5 分，5 分最满意）")
    String rating_legend();

    @Message("想说的话（可不填）")
    String review_comment();

    @Message("提交评价")
    String rate();

    @Message("给出评价")
    String give_review();
}
