package org.tongxing.report;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words of the statistics dashboard and of the exports; English in messages/rp_en.properties. */
@MessageBundle(value = "rp", locale = "zh-CN")
public interface ReportMessages {

    @Message("统计")
    String nav_statistics();

    @Message("统计与导出")
    String title();

    @Message("按地区和时间段统计家庭档案、需求、认领、服务和满意度。所有数字都由数据库直接汇总。")
    String intro();

    @Message("地区")
    String area();

    @Message("我可查看的全部地区")
    String all_areas();

    @Message("开始日期")
    String from();

    @Message("结束日期")
    String to();

    @Message("查看统计")
    String show();

    @Message("统计期间：{from} 至 {to}")
    String period(String from, String to);

    @Message("地区：{name}")
    String scope(String name);

    @Message("全部地区")
    String whole_instance();

    @Message("{title}（图表；数据见下表）")
    String chart_label(String title);

    @Message("下载")
    String downloads();

    @Message("本页统计")
    String export_statistics();

    @Message("家庭档案清单")
    String export_households();

    @Message("需求清单")
    String export_needs();

    @Message("服务记录")
    String export_services();

    @Message("导出的清单与页面上显示的内容相同，遵守同样的隐私规则；每次导出含身份信息的清单都会记入个人信息查看记录。")
    String exports_note();

    @Message("CSV")
    String csv();

    @Message("Excel（XLSX）")
    String xlsx();

    @Message("合计")
    String total();

    @Message("困难类别")
    String hardship();

    @Message("需求类别")
    String category();

    @Message("指标")
    String measure();

    @Message("家庭档案：按困难类别和关注等级")
    String section_households();

    @Message("期末在档的家庭，按当前的类别和等级统计。")
    String note_households();

    @Message("需求：按类别和状态")
    String section_needs();

    @Message("期间内发布的需求，按当前状态统计。")
    String note_needs();

    @Message("响应时间（中位数）")
    String section_response_times();

    @Message("期间内发布的需求，从发布到首次被认领、从发布到确认完成所用的时间。")
    String note_response_times();

    @Message("计入的需求数")
    String needs_counted();

    @Message("中位数（小时）")
    String median_hours();

    @Message("中位数（天）")
    String median_days();

    @Message("发布到认领")
    String to_claim();

    @Message("发布到完成")
    String to_fulfilment();

    @Message("认领：按机构")
    String section_claims();

    @Message("期间内对本地区需求提出的认领，及其中已确认完成的。")
    String note_claims();

    @Message("认领方")
    String claimant();

    @Message("认领数")
    String claims();

    @Message("已确认完成")
    String confirmed();

    @Message("个人志愿者（合计）")
    String individual_volunteers();

    @Message("服务：按类别")
    String section_services();

    @Message("期间内为本地区家庭提供的服务。")
    String note_services();

    @Message("服务次数")
    String services();

    @Message("服务时长（小时）")
    String hours();

    @Message("服务人次")
    String person_times();

    @Message("满意度")
    String section_satisfaction();

    @Message("期间内确认完成的帮扶所得评分（1–5 分）。")
    String note_satisfaction();

    @Message("评分")
    String score_header();

    @Message("{score} 分")
    String score(int score);

    @Message("未评分")
    String unrated();

    @Message("平均 {value} 分。")
    String average(String value);

    @Message("受助者成为志愿者")
    String section_became_volunteers();

    @Message("本地区受助家庭中登记为志愿者的成员。")
    String note_became_volunteers();

    @Message("人数")
    String people();

    @Message("期末登记在册")
    String became_total();

    @Message("期间内新登记")
    String became_in_period();

    @Message("已通过审核")
    String became_vetted();

    @Message("涉及家庭数")
    String became_households();

    @Message("部分")
    String col_section();

    @Message("项目")
    String col_row();

    @Message("指标")
    String col_column();

    @Message("数值")
    String col_value();

    @Message("编号")
    String col_id();

    @Message("地区代码")
    String col_area_code();

    @Message("地区")
    String col_area();

    @Message("详细地址")
    String col_address();

    @Message("联系人")
    String col_contact();

    @Message("家庭类型")
    String col_composition();

    @Message("关注等级")
    String col_tier();

    @Message("成员数")
    String col_members();

    @Message("未成年人数")
    String col_minors();

    @Message("更新时间")
    String col_updated();

    @Message("状态")
    String col_status();

    @Message("紧急程度")
    String col_urgency();

    @Message("可见范围")
    String col_visibility();

    @Message("家庭编号")
    String col_household();

    @Message("未成年子女数")
    String col_children();

    @Message("需求描述")
    String col_description();

    @Message("希望完成日期")
    String col_wanted_by();

    @Message("发布时间")
    String col_created();

    @Message("取消原因")
    String col_cancel_reason();

    @Message("服务日期")
    String col_served_on();

    @Message("服务方")
    String col_helper();

    @Message("需求编号")
    String col_need();

    @Message("认领编号")
    String col_claim();

    @Message("联系电话")
    String col_contact_phone();

    @Message("服务记录")
    String col_note();

    @Message("同行统计")
    String file_statistics();

    @Message("家庭档案")
    String file_households();

    @Message("需求清单")
    String file_needs();

    @Message("服务记录")
    String file_services();

    @Message("结束日期不能早于开始日期，统计期间最长 10 年。")
    String error_range();

    @Message("{name}：")
    String labelled(String name);

    @Message("走访：完成与到期")
    String section_visits();

    @Message("期间内完成的走访，以及期间内（截至今天）到期的走访及其完成情况：每次走访或建档后，按家庭当前关注等级的周期到期。")
    String note_visits();

    @Message("数量")
    String number();

    @Message("期间内完成的走访（次）")
    String visits_done();

    @Message("走访到的家庭（户）")
    String households_visited();

    @Message("期间内到期的走访")
    String visits_due();

    @Message("按时完成")
    String due_on_time();

    @Message("逾期后完成")
    String due_late();

    @Message("尚未走访")
    String due_open();

    @Message("结对与 1+3+1 小组")
    String section_pairs_groups();

    @Message("本地区家庭的长期结对和 1+3+1 帮扶小组：期间内在运行的（期末前开始、期初前未结束）、期间内开始的和结束的。")
    String note_pairs_groups();

    @Message("在运行")
    String active();

    @Message("新建立")
    String begun();

    @Message("已结束")
    String ended();

    @Message("结对帮扶")
    String pairs();

    @Message("1+3+1 小组")
    String groups();

    @Message("期间内评定成效的 {reviewed} 个结对或小组中，{improved} 个至少一方面有改善（{percent}）。")
    String reviewed_improved(long reviewed, long improved, String percent);

    @Message("期间内没有评定成效的结对或小组。")
    String none_reviewed();
}
