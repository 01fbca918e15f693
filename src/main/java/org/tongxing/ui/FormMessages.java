package org.tongxing.ui;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * What a form says when a field breaks a rule, one message per field and rule, named {@code <field>_<rule>}, so
 * that the reader learns what is missing in their own language. The API keeps its own wording (bean validation's
 * and the services'), which clients depend on; these words are for pages only. A field without its own message
 * gets the rule's general one ({@code required}, {@code size}, …). English is in
 * {@code messages/form_en.properties}.
 */
@MessageBundle(value = "form", locale = "zh-CN")
public interface FormMessages {

    @Message("此项必填。")
    String required();

    @Message("长度不符合要求。")
    String size();

    @Message("格式不正确。")
    String format();

    @Message("数值太小。")
    String min();

    @Message("数值太大。")
    String max();

    @Message("不能晚于今天。")
    String notFuture();

    @Message("不能早于今天。")
    String notPast();

    @Message("已被使用。")
    String taken();

    @Message("与身份证号码不符。")
    String mismatch();

    @Message("请检查此项。")
    String check();

    @Message("已批准的待遇请填写每月金额或一次性金额。")
    String grantAmount();

    @Message("请写明未获批准的原因。")
    String refusalReason();

    @Message("日期先后不对：决定日期不能早于申请日期，结束日期不能早于决定日期。")
    String dateOrder();

    @Message("含有无法保存的控制字符（已用 � 标出），请删除后再提交。")
    String nul();

    @Message("请选择需要哪方面的帮助。")
    String category_required();

    @Message("请说一说需要什么帮助。")
    String description_required();

    @Message("请至少写 5 个字，最多 2000 个字。")
    String description_size();

    @Message("请选择有多急。")
    String urgency_required();

    @Message("最晚完成日期不能早于今天。")
    String wantedBy_notPast();

    @Message("请写明原因。")
    String reason_required();

    @Message("原因最多写 500 个字。")
    String reason_size();

    @Message("请选择所在小区。")
    String areaCode_required();

    @Message("请填写详细地址。")
    String addressLine_required();

    @Message("请选择困难类别。")
    String hardshipCategory_required();

    @Message("请选择家庭结构。")
    String composition_required();

    @Message("请选择关注等级。")
    String tier_required();

    @Message("请填写姓名。")
    String name_required();

    @Message("姓名最多 50 个字。")
    String name_size();

    @Message("请选择与户主的关系。")
    String relation_required();

    @Message("请填写出生日期。")
    String birthDate_required();

    @Message("出生日期不能晚于今天。")
    String birthDate_notFuture();

    @Message("出生日期与身份证号码不符。")
    String birthDate_mismatch();

    @Message("请选择性别。")
    String gender_required();

    @Message("性别与身份证号码不符。")
    String gender_mismatch();

    @Message("请填写 11 位手机号，或带区号的固定电话。")
    String phone_format();

    @Message("请填写 18 位居民身份证号码（最后一位可以是 X），并核对是否输错。")
    String idNumber_format();

    @Message("这个身份证号码已登记在另一份档案中。")
    String idNumber_taken();

    @Message("请填写当前密码。")
    String currentPassword_required();

    @Message("请填写新密码。")
    String newPassword_required();

    @Message("请填写用户名。")
    String username_required();

    @Message("用户名需 3 到 50 位，只用字母、数字、点、下划线或连字符，并以字母或数字开头。")
    String username_format();

    @Message("这个用户名已被使用，请换一个。")
    String username_taken();

    @Message("请填写显示名称。")
    String displayName_required();

    @Message("请填写有效的电子邮箱，例如 name@example.cn。")
    String email_format();

    @Message("请选择角色。")
    String role_required();

    @Message("请说一说打算怎么帮。")
    String plan_required();

    @Message("请至少写 5 个字，最多 1000 个字。")
    String plan_size();

    @Message("请填写承诺完成日期。")
    String promisedBy_required();

    @Message("承诺完成日期不能早于今天。")
    String promisedBy_notPast();

    @Message("请填写服务日期。")
    String servedOn_required();

    @Message("服务日期不能晚于今天。")
    String servedOn_notFuture();

    @Message("请填写服务时长。")
    String hours_required();

    @Message("服务时长需在 0.25 到 24 小时之间。")
    String hours_min();

    @Message("服务时长需在 0.25 到 24 小时之间。")
    String hours_max();

    @Message("请填写服务人次。")
    String personTimes_required();

    @Message("请选择 1 到 5 颗星。")
    String satisfaction_min();

    @Message("请选择 1 到 5 颗星。")
    String satisfaction_max();

    @Message("走访时间不能晚于现在。")
    String visitedAt_notFuture();

    @Message("请填写走访或联系的时间。")
    String visitedAt_required();

    @Message("纬度需在 -90 到 90 之间。")
    String latitude_min();

    @Message("纬度需在 -90 到 90 之间。")
    String latitude_max();

    @Message("经度需在 -180 到 180 之间。")
    String longitude_min();

    @Message("经度需在 -180 到 180 之间。")
    String longitude_max();

    @Message("请填写每周能服务的次数（0 到 20）。")
    String capacity_required();
}
