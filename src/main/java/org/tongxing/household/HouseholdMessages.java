package org.tongxing.household;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words of the case-file pages used by workers and cadres; English in messages/hh_en.properties. */
@MessageBundle(value = "hh", locale = "zh-CN")
public interface HouseholdMessages {

    @Message("工作台")
    String worker_home();

    @Message("待审核的认领")
    String pending_claims();

    @Message("待确认的服务")
    String delivered_claims();

    @Message("我负责的家庭档案")
    String households();

    @Message("新建家庭档案")
    String new_household();

    @Message("编辑档案")
    String edit_household();

    @Message("共 {count} 户")
    String total(long count);

    @Message("联系人")
    String contact();

    @Message("小区")
    String compound();

    @Message("详细地址")
    String address();

    @Message("例如：3栋2单元501室")
    String address_hint();

    @Message("困难类别")
    String hardship_label();

    @Message("家庭类型")
    String composition_label();

    @Message("关注等级")
    String tier_label();

    @Message("走访周期")
    String interval();

    @Message("情况摘要")
    String summary();

    @Message("授权")
    String consent();

    @Message("家庭同意建立档案")
    String consent_data();

    @Message("家庭同意在认领被接受后，向认领方提供联系人姓名和电话")
    String consent_share();

    @Message("户主/联系人")
    String head();

    @Message("姓名")
    String name();

    @Message("与户主关系")
    String relation();

    @Message("出生日期")
    String birth_date();

    @Message("性别")
    String gender();

    @Message("女")
    String female();

    @Message("男")
    String male();

    @Message("电话")
    String phone();

    @Message("身份证号")
    String id_number();

    @Message("残疾情况")
    String disability();

    @Message("备注")
    String notes();

    @Message("未成年人")
    String minor();

    @Message("不满十四周岁（敏感个人信息）")
    String under14();

    @Message("{name}家")
    String family_of(String name);

    /** What stands before and after a family's name in a heading, so the name itself can carry its own language. */
    @Message("")
    String family_before();

    @Message("家")
    String family_after();

    @Message("档案号 {id}")
    String file_number(long id);

    @Message("打开已登记这个身份证号码的档案 #{id}")
    String open_existing_file(long id);

    @Message("{age} 岁")
    String age(int age);

    @Message("家庭成员")
    String members();

    @Message("添加成员")
    String add_member();

    @Message("设为联系人")
    String make_contact();

    @Message("需求")
    String needs();

    @Message("代家庭发布需求")
    String post_need();

    @Message("需要什么帮助")
    String category();

    @Message("具体说明")
    String description();

    @Message("请不要写入电话、身份证号等隐私信息；公开展示时会自动隐藏。")
    String description_hint();

    @Message("紧急程度")
    String urgency();

    @Message("最晚完成日期")
    String wanted_by();

    @Message("可见范围")
    String visibility();

    @Message("上报")
    String escalate();

    @Message("查找家庭档案")
    String search_label();

    @Message("查找")
    String search();

    @Message("姓名、电话或地址的一部分；身份证号需完整输入")
    String search_hint();

    @Message("上报到")
    String escalate_to();

    @Message("各级可见范围说明")
    String escalation_levels_title();

    @Message("社区：只有本社区的社工和干部可见，先在社区内解决。街道：街道内的社工、干部，以及登记在本街道的志愿者和社会组织可见、可认领。"
            + "区县：全区县的社工、干部、志愿者和社会组织可见、可认领。全社会公开：所有登记的志愿者和社会组织都能在需求认领大厅看到并认领。"
            + "每一级都看不到家庭的姓名、电话和地址，认领被接受后才提供联系方式。")
    String escalation_levels();

    @Message("上报原因")
    String escalate_reason();

    @Message("档案记录")
    String timeline();

    @Message("{actor} · {when}")
    String by(String actor, String when);

    @Message("已保存。")
    String saved();

    @Message("关系")
    String relation_label();

    @Message("{#when relation}{#is HEAD}户主{#is SPOUSE}配偶{#is CHILD}子女{#is PARENT}父母{#is GRANDPARENT}祖父母/外祖父母"
            + "{#is GRANDCHILD}孙子女/外孙子女{#is SIBLING}兄弟姐妹{#is OTHER}其他{/when}")
    String relation_name(Relation relation);

    @Message("没有符合条件的家庭。")
    String none();

    @Message("{#when composition}{#is SINGLE_MOTHER}单亲母亲家庭{#is SINGLE_FATHER}单亲父亲家庭{#is ELDERLY_ALONE}独居老人"
            + "{#is ELDERLY_COUPLE}老年夫妇{#is UNSUPPORTED_CHILDREN}事实无人抚养儿童{#is GRANDPARENT_CARER}隔代抚养"
            + "{#is DISABILITY}残疾人家庭{#is TWO_PARENT}双亲家庭{#is OTHER}其他{/when}")
    String composition(Composition composition);

    @Message("{#if children == 0}无未成年子女{#else}{children} 个孩子{/if}")
    String children(int children);

    @Message("{#when category}{#is MINIMUM_ALLOWANCE}低保{#is MARGINAL}低保边缘{#is EXTREMELY_POOR}特困"
            + "{#is EXPENDITURE_HARDSHIP}支出型困难{#is TEMPORARY_ASSISTANCE}临时救助{#is NONE}非困难家庭{/when}")
    String hardship(HardshipCategory category);

    @Message("{#when tier}{#is INTENSIVE}重点关注（每月走访）{#is REGULAR}一般关注（每季度走访）{#is STABLE}稳定关注（每半年走访）{/when}")
    String tier(Tier tier);

    @Message("家庭的意愿")
    String said();

    @Message("家庭自己说的情况，用于匹配志愿者；属于档案信息，只在能看档案的地方显示。")
    String said_hint();

    @Message("使用的语言")
    String languages();

    @Message("家里最常用的放在最前，用逗号分隔，例如 yue, zh（粤语、普通话）、nan（闽南语）、hak（客家话）")
    String languages_hint();

    @Message("每周有空的时段")
    String free_times();

    @Message("对志愿者性别的期望")
    String gender_wish();

    @Message("没有要求")
    String no_wish();

    @Message("这个期望是为谁")
    String gender_wish_for();

    @Message("{#when target}{#is FAMILY}全家{#is CHILD}孩子{#is MOTHER}母亲{/when}")
    String wish_for(GenderWishFor target);

    @Message("希望的联系方式")
    String contact_channel();

    @Message("{#when channel}{#is PHONE}电话{#is SMS}短信{#is WECHAT}微信{#is HOME_VISIT}上门{/when}")
    String channel(PreferredContact channel);

    @Message("纬度")
    String latitude();

    @Message("经度")
    String longitude();

    @Message("知道住址坐标时填写（例如 23.1291 和 113.2644），用于更准确地估算路程；不知道可留空。")
    String coordinates_hint();

    @Message("每周{count}个时段")
    String slot_count(int count);
}
