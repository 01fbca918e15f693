package org.tongxing.visit;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words of the visit pages (due list, QR code, check-in); English in messages/vs_en.properties. */
@MessageBundle(value = "vs", locale = "zh-CN")
public interface VisitMessages {

    @Message("待走访")
    String nav_visits();

    @Message("待走访家庭")
    String due_title();

    @Message("按关注等级排列，同一等级中逾期最久的在前。")
    String due_intro();

    @Message("多少天内到期")
    String within();

    @Message("只看已逾期")
    String overdue_only();

    @Message("共 {count} 户")
    String total(long count);

    @Message("没有需要走访的家庭。")
    String none_due();

    @Message("逾期 {days} 天")
    String overdue_by(int days);

    @Message("今天到期")
    String due_today();

    @Message("{days} 天后到期")
    String due_in(int days);

    @Message("应走访日期")
    String due_on();

    @Message("上次走访")
    String last_visit();

    @Message("从未走访（自建档日起算）")
    String never_visited();

    @Message("走访与二维码")
    String visits_and_code();

    @Message("走访计划")
    String plan();

    @Message("下次走访")
    String next_due();

    @Message("最近走访")
    String recent_visits();

    @Message("还没有走访记录。")
    String no_visits();

    @Message("扫码签到")
    String via_qr();

    @Message("补录")
    String via_record();

    @Message("走访签到二维码")
    String qr_title();

    @Message("请把二维码打印出来，贴在家中显眼处。社工上门时用手机扫码并登录，即可记录这次走访。二维码里没有这户家庭的任何信息。")
    String qr_intro();

    @Message("第 {generation} 版 · 生成于 {when}")
    String qr_generation(int generation, String when);

    @Message("这户家庭还没有走访二维码。")
    String qr_none();

    @Message("生成二维码")
    String qr_issue();

    @Message("重新生成（旧码立即失效）")
    String qr_reissue();

    @Message("作废二维码")
    String qr_revoke();

    @Message("用浏览器的“打印”即可只打印二维码部分。")
    String qr_print_hint();

    @Message("走访签到二维码，扫码后打开签到页面")
    String qr_alt();

    @Message("签到地址")
    String qr_link();

    @Message("已生成新的二维码，旧码已失效。")
    String qr_issued();

    @Message("二维码已作废。")
    String qr_revoked();

    @Message("同行 · 社区走访签到")
    String qr_caption();

    @Message("记录走访")
    String checkin_title();

    @Message("您正在走访：{what}")
    String checkin_household(String what);

    @Message("走访情况")
    String findings();

    @Message("请如实简要记录；不要写入身份证号、电话等隐私信息。")
    String findings_hint();

    @Message("居住条件")
    String living();

    @Message("健康状况")
    String health();

    @Message("上学情况")
    String schooling();

    @Message("{#when result}{#is FINE}良好{#is CONCERN}需要关注{#is SERIOUS}需尽快处理{#is NOT_APPLICABLE}不适用{/when}")
    String check(CheckResult result);

    @Message("发现的需求")
    String needs_noticed();

    @Message("把发现直接发布为需求")
    String post_needs();

    @Message("填写说明即在保存走访时同时发布该需求（社区层面，可再逐级上报）。")
    String post_needs_hint();

    @Message("需求说明（填写即发布）")
    String need_description();

    @Message("紧急程度")
    String need_urgency();

    @Message("地点说明（可选）")
    String location_note();

    @Message("纬度（可选）")
    String latitude();

    @Message("经度（可选）")
    String longitude();

    @Message("保存走访记录")
    String save_visit();

    @Message("二维码无效")
    String refused_invalid_title();

    @Message("这个二维码不是本平台签发的，或扫描时出了错。请重新扫描；如果仍然不行，请让负责的社工重新打印。")
    String refused_invalid_text();

    @Message("二维码已作废")
    String refused_revoked_title();

    @Message("这户家庭的二维码已经更新，旧码不能再用于签到。请扫描家中张贴的最新二维码。")
    String refused_revoked_text();

    @Message("走访已记录。")
    String visit_saved();

    @Message("打印社区走访二维码")
    String sheet_title();

    @Message("区域内每户有效的走访签到二维码，每个码下只印档案号，不印家庭的任何信息。请用浏览器的“打印”。")
    String sheet_intro();

    @Message("区域代码")
    String sheet_area();

    @Message("社区代码（12 位），或您负责范围内的任一区域")
    String sheet_area_hint();

    @Message("显示二维码")
    String sheet_show();

    @Message("共 {count} 个二维码")
    String sheet_count(int count);

    @Message("档案号 {id}")
    String household_number(long id);

    @Message("下载二维码图片（PNG）")
    String qr_download();

    @Message("打印整个社区的二维码")
    String qr_sheet_link();

    @Message("我知道作废后，已打印的二维码立即无法使用。")
    String revoke_confirm();

    @Message("请勾选确认，二维码才会作废。")
    String revoke_confirm_required();

    @Message("{#when channel}{#is QR_CODE}扫码签到{#is RECORDED}补录走访{#is PHONE}电话联系{#is WECHAT}微信联系{/when}")
    String channel(VisitChannel channel);

    @Message("{#when outcome}{#is MET}见到了家人{#is NOBODY_HOME}家中无人{/when}")
    String outcome(VisitOutcome outcome);

    @Message("补录走访或记录联系")
    String record_title();

    @Message("没扫码的上门走访可以在这里补录，会记下补录人。电话、微信联系和家中无人的上门也记在这里，但都不算按期走访，不改变下次走访日期。")
    String record_intro();

    @Message("方式")
    String record_channel();

    @Message("结果")
    String record_outcome();

    @Message("时间")
    String record_when();

    @Message("保存记录")
    String record_submit();

    @Message("已保存这次记录。")
    String recorded_notice();

    @Message("使用手机的当前位置")
    String use_location();

    @Message("正在获取位置…")
    String locating();

    @Message("无法获取位置，请手动填写或留空。")
    String location_failed();
}
