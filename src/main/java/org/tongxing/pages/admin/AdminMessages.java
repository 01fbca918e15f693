package org.tongxing.pages.admin;

import org.tongxing.common.VettingStatus;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words of the administrator's pages; English in messages/adm_en.properties. */
@MessageBundle(value = "adm", locale = "zh-CN")
public interface AdminMessages {

    @Message("管理")
    String home_title();

    @Message("{count} 名志愿者待审核")
    String pending_volunteers(long count);

    @Message("{count} 家组织待审核")
    String pending_organisations(long count);

    @Message("共 {count} 个账户")
    String accounts(long count);

    @Message("用户")
    String users_title();

    @Message("新建账户")
    String new_user();

    @Message("角色")
    String role();

    @Message("状态")
    String state();

    @Message("请选择角色")
    String choose_role();

    @Message("启用")
    String enabled();

    @Message("已停用")
    String disabled();

    @Message("没有符合条件的账户。")
    String no_users();

    @Message("最近登录")
    String last_login();

    @Message("从未登录")
    String never();

    @Message("显示名称")
    String display_name();

    @Message("电子邮箱（可选）")
    String email();

    @Message("负责/所在地区代码")
    String area_code();

    @Message("社工和干部必填：他们负责的地区（6 到 15 位代码）")
    String area_code_hint();

    @Message("关联")
    String links();

    @Message("按角色填写其中一项：公益组织成员填机构编号，志愿者填志愿者编号，家庭填档案编号。")
    String links_hint();

    @Message("机构编号")
    String organisation_id();

    @Message("志愿者编号")
    String volunteer_id();

    @Message("家庭档案编号")
    String household_id();

    @Message("干部编号（可选）")
    String cadre_id();

    @Message("初始密码")
    String password();

    @Message("至少 10 个字符，不能是常见密码，也不能包含用户名。")
    String password_hint();

    @Message("创建账户")
    String create();

    @Message("用户名需为 3 到 50 个字母、数字、点、横线或下划线。")
    String username_rule();

    @Message("这个用户名已被使用。")
    String username_taken();

    @Message("密码至少 10 个字符，不能是常见密码，也不能包含用户名。")
    String password_rule();

    @Message("这个角色必须填写此项。")
    String link_required();

    @Message("没有这个编号对应的记录。")
    String unknown_link();

    @Message("地区代码应为 6 到 15 位数字。")
    String area_rule();

    @Message("{#when what}{#is 'created'}账户已创建。{#is 'enabled'}账户已启用。{#is 'disabled'}账户已停用，其所有登录已结束。"
            + "{#is 'password'}已设置新密码，其所有登录已结束；对方下次登录时必须修改密码。{#is 'signed-out'}已让该账户在所有设备上退出登录。"
            + "{#is 'saved'}已保存。{/when}")
    String done(String what);

    @Message("需要下次登录时修改密码")
    String must_change();

    @Message("停用账户")
    String disable();

    @Message("重新启用账户")
    String enable();

    @Message("停用后对方无法登录，其所有登录立即结束。")
    String disable_hint();

    @Message("重置密码")
    String reset_password();

    @Message("新密码")
    String new_password();

    @Message("设置新密码")
    String set_password();

    @Message("在所有设备上退出登录")
    String sign_out_everywhere();

    @Message("这是您自己的账户。")
    String own_account();

    @Message("返回用户列表")
    String back_to_users();

    @Message("审核")
    String vetting_title();

    @Message("志愿者和公益组织通过背景审核后才能认领需求、服务未成年人。")
    String vetting_intro();

    @Message("显示")
    String show();

    @Message("志愿者")
    String volunteers();

    @Message("公益组织")
    String organisations();

    @Message("没有处于此状态的志愿者。")
    String no_volunteers();

    @Message("没有处于此状态的组织。")
    String no_organisations();

    @Message("技能")
    String skills();

    @Message("登记于 {date}")
    String registered(String date);

    @Message("{#when status}{#is VETTED}通过{#is REJECTED}不通过{#is SUSPENDED}暂停{#is PENDING}退回待审{/when}")
    String vet_action(VettingStatus status);

    @Message("不通过或暂停…")
    String vetting_refuse();

    @Message("原因")
    String vetting_reason();

    @Message("申请人会看到这段话，请写清楚原因和可以怎样补充材料。")
    String vetting_reason_hint();

    @Message("请写明不通过或暂停的原因，申请人会看到。")
    String vetting_reason_required();

    @Message("个人信息查看记录")
    String disclosures_title();

    @Message("每当家庭的身份信息展示给其社工以外的人（认领方、管理员），都会记在这里，不能修改或删除。")
    String disclosures_intro();

    @Message("家庭档案编号")
    String household();

    @Message("查看者")
    String viewer();

    @Message("需求编号")
    String need();

    @Message("时间")
    String when();

    @Message("查看者")
    String who();

    @Message("内容")
    String fields();

    @Message("用途")
    String purpose();

    @Message("途径")
    String channel();

    @Message("没有记录。")
    String no_disclosures();

    @Message("共 {count} 条")
    String total(long count);

    @Message("{#when channel}{#is 'API'}接口{#is 'PAGE'}页面{#is 'EXPORT'}导出{#else}{channel}{/when}")
    String channel_name(String channel);

    @Message("{#when purpose}{#is 'CLAIM_ACCEPTED'}认领被接受后联系家庭{#is 'ADMINISTRATION'}管理查看{#is 'EXPORT'}导出清单"
            + "{#is 'FOLLOW_UP'}走访跟进{#is 'BACKUP'}数据备份{#else}{purpose}{/when}")
    String purpose_name(String purpose);

    @Message("{#when field}{#is 'contactName'}联系人姓名{#is 'contactPhone'}联系电话{#is 'address'}地址{#is 'names'}姓名"
            + "{#is 'phones'}电话{#is 'idNumbers'}身份证号{#is 'birthDates'}出生日期{#is 'disabilities'}残疾情况{#is 'notes'}备注"
            + "{#is 'householdId'}档案编号{#is 'description'}需求描述{#is 'visitFindings'}走访记录{#else}{field}{/when}")
    String field_name(String field);
}
