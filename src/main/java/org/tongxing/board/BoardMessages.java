package org.tongxing.board;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words of the open-requests board and the need detail; English in messages/board_en.properties. */
@MessageBundle(value = "board", locale = "zh-CN")
public interface BoardMessages {

    @Message("需求认领大厅")
    String title();

    @Message("这些家庭的需求已经向社会开放。看看您能帮上哪一项；认领被社工接受后，您才会看到联系方式。")
    String intro();

    @Message("筛选需求")
    String filters();

    @Message("更多筛选条件")
    String more_filters();

    @Message("类别")
    String category();

    @Message("地区")
    String area();

    @Message("紧急程度")
    String urgency();

    @Message("最晚完成日期早于")
    String wanted_before();

    @Message("关键词")
    String q();

    @Message("在需求说明中查找，例如“数学”")
    String q_hint();

    @Message("清除筛选")
    String clear();

    @Message("没有符合条件的需求。换个条件试试？")
    String none();

    @Message("翻页")
    String paging();

    @Message("更多需求")
    String more();

    @Message("回到第一页")
    String first_page();

    @Message("您目前有 {open} 项进行中的认领（上限 {limit} 项）。")
    String standing(int open, int limit);

    @Message("只看我能认领的")
    String only_claimable();

    @Message("目前没有您能认领的需求。取消勾选“只看我能认领的”，可以看到全部需求。")
    String none_claimable();

    @Message("已过最晚完成日期")
    String past_wanted_by();

    @Message("本页 {count} 项需求")
    String shown(int count);

    @Message("最晚 {date} 完成")
    String wanted_by_short(String date);

    @Message("查看详情")
    String details();

    @Message("返回需求认领大厅")
    String back_to_board();

    @Message("为保护家庭隐私，认领被接受之前不显示姓名、电话和详细地址；说明中的电话、身份证号和姓名已自动隐去。")
    String masked_notice();

    @Message("需求说明")
    String description();

    @Message("所在街道")
    String place();

    @Message("家庭情况")
    String household();

    @Message("最晚完成日期")
    String wanted_by();

    @Message("不限")
    String no_date();

    @Message("状态")
    String status();

    @Message("发布时间")
    String posted();

    @Message("联系人")
    String contact();

    @Message("我来认领")
    String claim_title();

    @Message("以本机构名义认领")
    String claim_for_org();

    @Message("认领后，社工会审核您的计划；审核通过后您会收到通知并看到联系方式。")
    String claim_intro();

    @Message("您打算怎样帮助？")
    String plan();

    @Message("例如：每周六上午上门辅导两小时，先做一次摸底。")
    String plan_hint();

    @Message("承诺完成日期")
    String promised_by();

    @Message("提交认领")
    String submit_claim();

    @Message("您对这项需求的认领")
    String your_claims();

    @Message("{#when code}{#is 'not-vetted'}您的登记尚未通过审核，审核通过后才能认领。"
            + "{#is 'skills'}这项需求不在您登记的技能范围内。可以在“我的资料”中补充技能。"
            + "{#is 'not-served'}本机构的服务范围不包括这一类需求。"
            + "{#is 'not-claimant'}只有志愿者和公益组织可以认领需求。"
            + "{#is 'claim-limit-reached'}您进行中的认领已达上限，请先完成或放弃一项。"
            + "{#is 'completion-ratio-too-low'}您过去的认领完成得太少，暂时不能认领新的需求。"
            + "{#is 'need-not-open'}这项需求目前不在需求认领大厅。"
            + "{#else}暂时不能认领这项需求。{/when}")
    String refusal(String code);
}
