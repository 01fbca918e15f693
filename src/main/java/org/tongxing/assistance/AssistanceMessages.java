package org.tongxing.assistance;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words of the benefits and assistance page; English in messages/aid_en.properties. */
@MessageBundle(value = "aid", locale = "zh-CN")
public interface AssistanceMessages {

    @Message("救助与补贴")
    String title();

    @Message("这户家庭享受或申请中的救助待遇，以及发放过的临时救助和慰问。金额和复核日期用于年度汇总和复核提醒。")
    String intro();

    @Message("返回家庭档案")
    String back();

    @Message("{#when kind}{#is MINIMUM_LIVING}最低生活保障（低保）{#is EXTREME_POVERTY}特困人员供养{#is TEMPORARY_ASSISTANCE}临时救助"
            + "{#is DISABILITY_LIVING_SUBSIDY}困难残疾人生活补贴{#is DISABILITY_CARE_SUBSIDY}重度残疾人护理补贴"
            + "{#is UNSUPPORTED_CHILD_ALLOWANCE}事实无人抚养儿童基本生活补贴{#is OLD_AGE_ALLOWANCE}高龄津贴"
            + "{#is MEDICAL_ASSISTANCE}医疗救助{#is EDUCATION_ASSISTANCE}教育救助{/when}")
    String kind(BenefitKind kind);

    @Message("{#when status}{#is CONSIDERING}拟申请{#is APPLIED}已申请{#is GRANTED}已批准{#is REFUSED}未获批准{#is ENDED}已停止{/when}")
    String status(BenefitStatus status);

    @Message("{#when kind}{#is CASH}现金救助{#is IN_KIND}实物救助{#is FESTIVAL_VISIT}节日慰问{/when}")
    String aid_kind(AssistanceKind kind);

    @Message("救助待遇")
    String benefits();

    @Message("还没有登记救助待遇。")
    String no_benefits();

    @Message("登记救助待遇")
    String record_benefit();

    @Message("修改")
    String change();

    @Message("保存修改")
    String save();

    @Message("待遇类别")
    String kind_label();

    @Message("享受对象")
    String member();

    @Message("全户")
    String whole_household();

    @Message("状态")
    String status_label();

    @Message("申请日期")
    String applied_on();

    @Message("决定日期")
    String decided_on();

    @Message("停止日期")
    String ended_on();

    @Message("每月金额（元）")
    String monthly_amount();

    @Message("一次性金额（元）")
    String one_off_amount();

    @Message("下次复核日期")
    String recheck_on();

    @Message("复核前 {days} 天会提醒本片区的社工。")
    String recheck_hint(int days);

    @Message("备注")
    String note();

    @Message("未获批准时请写明原因。")
    String note_hint();

    @Message("每月 {amount} 元")
    String monthly(String amount);

    @Message("一次性 {amount} 元")
    String one_off(String amount);

    @Message("{date}复核")
    String recheck(String date);

    @Message("救助和慰问")
    String assistance();

    @Message("还没有登记救助或慰问。")
    String no_assistance();

    @Message("登记救助或慰问")
    String record_assistance();

    @Message("方式")
    String aid_kind_label();

    @Message("发放日期")
    String given_on();

    @Message("金额或物品价值（元）")
    String amount();

    @Message("内容")
    String what();

    @Message("例如：中秋慰问，大米一袋、食用油一桶")
    String what_hint();

    @Message("发放单位")
    String given_by();

    @Message("{amount} 元")
    String yuan(String amount);

    @Message("{#when done}{#is 'benefit'}救助待遇已登记。{#is 'changed'}救助待遇已修改。{#is 'assistance'}救助或慰问已登记。{#else}已保存。{/when}")
    String done(String done);
}
