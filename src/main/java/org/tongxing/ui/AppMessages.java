package org.tongxing.ui;

import java.util.Set;

import org.tongxing.common.Role;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Words shared by every page: the layout, sign-in, errors, and the names of the kernel's vocabulary (roles).
 * Chinese is the default; English is in {@code messages/msg_en.properties}. Each feature names its own categories
 * and states in its own bundle ({@code need:}, {@code claim:}, {@code hh:}, {@code tl:}, …).
 */
@MessageBundle(value = "msg", locale = "zh-CN")
public interface AppMessages {

    @Message("同行")
    String app_name();

    @Message("社区帮扶志愿服务平台")
    String app_tagline();

    @Message("跳到主要内容")
    String skip_to_content();

    @Message("主导航")
    String nav_label();

    @Message("首页")
    String nav_home();

    @Message("需求认领大厅")
    String nav_board();

    @Message("我的承诺")
    String nav_commitments();

    @Message("家庭档案")
    String nav_households();

    @Message("待审认领")
    String nav_claims();

    @Message("智能匹配")
    String nav_matching();

    @Message("用户管理")
    String nav_users();

    @Message("审核")
    String nav_vetting();

    @Message("个人信息查看记录")
    String nav_disclosures();

    @Message("我的需求")
    String nav_family();

    @Message("本机构")
    String nav_organisation();

    @Message("通知")
    String nav_notifications();

    @Message("English")
    String switch_language();

    @Message("en")
    String other_language_tag();

    @Message("大字模式")
    String large_text_on();

    @Message("标准字号")
    String large_text_off();

    @Message("登录")
    String sign_in();

    @Message("退出登录")
    String sign_out();

    @Message("用户名")
    String username();

    @Message("密码")
    String password();

    @Message("用户名或密码不正确。")
    String wrong_credentials();

    @Message("尝试次数过多，请在 {seconds} 秒后再试。")
    String too_many_attempts(long seconds);

    @Message("请更正以下问题：")
    String error_summary();

    /** Starts the title of a page that shows a form's errors, so that a screen reader says so first. */
    @Message("错误：")
    String error_title_prefix();

    @Message("此项必填。")
    String required();

    @Message("保存")
    String save();

    @Message("取消")
    String cancel();

    @Message("返回")
    String back();

    @Message("上一页")
    String previous();

    @Message("下一页")
    String next();

    @Message("筛选")
    String filter();

    @Message("全部")
    String all();

    @Message("您好，{name}")
    String hello(String name);

    @Message("在一起，帮一把。")
    String home_title();

    @Message("同行连接有困难的家庭与志愿者、社工和公益组织：需求逐级上报、公开认领，服务有记录，帮扶有回访。")
    String home_intro();

    @Message("页面未找到")
    String error_404_title();

    @Message("您要找的页面不存在，或您无权查看。")
    String error_404_text();

    @Message("无权访问")
    String error_403_title();

    @Message("您的账户无权进行此操作。")
    String error_403_text();

    @Message("操作冲突")
    String error_409_title();

    @Message("这条记录刚刚被别人改动了（例如已被他人认领）。请返回刷新后再试。")
    String error_409_text();

    @Message("请求有误")
    String error_400_title();

    @Message("请检查填写的内容后再试。")
    String error_400_text();

    @Message("请稍后再试")
    String error_429_title();

    @Message("操作过于频繁，请稍后再试。")
    String error_429_text();

    @Message("系统出错了")
    String error_500_title();

    @Message("很抱歉，系统出现问题。请稍后再试；如问题持续，请联系管理员并提供编号。")
    String error_500_text();

    @Message("暂时无法服务")
    String error_503_title();

    @Message("系统正在恢复，暂时无法处理请求。请稍候再试；如刚才提交了表单，它没有保存，请重新提交。")
    String error_503_text();

    @Message("返回首页")
    String error_home();

    @Message("表单已过期或并非来自本站。请刷新页面后重新提交。")
    String error_csrf_text();

    @Message("别人先认领了")
    String error_claim_conflict_title();

    @Message("很遗憾，有人比您先一步认领了这项需求。看看其他需要帮助的家庭吧！")
    String error_claim_conflict_text();

    @Message("问题编号")
    String error_incident();

    @Message("{#when role}{#is ADMIN}管理员{#is CADRE}妇联/街道干部{#is WORKER}社工/网格员{#is VOLUNTEER}志愿者"
            + "{#is ORG_MEMBER}公益组织成员{#is FAMILY}家庭{/when}")
    String role(Role role);

    @Message("这项需求已不在需求认领大厅（可能已被认领或已取消）。")
    String error_need_not_open_text();

    @Message("您持有的进行中认领已达上限。请先完成或放弃一项，再认领新的需求。")
    String error_claim_limit_text();

    @Message("看看其他需求")
    String error_back_to_board();

    @Message("这个结对或小组已经结束，或这位志愿者已经离开了小组，无需再操作。")
    String error_commitment_ended_text();

    @Message("我的资料")
    String nav_profile();

    @Message("修改密码")
    String nav_password();

    @Message("请先设置一个只有您知道的新密码，然后才能继续使用。")
    String password_required();

    @Message("当前密码")
    String password_current();

    @Message("新密码")
    String password_new();

    @Message("至少 10 个字符，不能是常见密码，也不能包含用户名。修改后需要重新登录。")
    String password_hint();

    @Message("当前密码不正确。")
    String password_wrong_current();

    @Message("新密码至少 10 个字符，不能是常见密码，也不能包含用户名。")
    String password_rule();

    @Message("密码已修改，请用新密码登录。")
    String password_changed();

    @Message("{#each list}{it}{#if it_hasNext}、{/if}{/each}")
    String text_list(Set<String> list);

    /** Between the items of a short list in running text. */
    @Message("、")
    String list_separator();
}
