package org.tongxing.matching;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words of the cadre's matching pages; English in messages/mt_en.properties. */
@MessageBundle(value = "mt", locale = "zh-CN")
public interface MatchingMessages {

    @Message("干部工作台")
    String cadre_home();

    @Message("系统为长期结对和1+3+1帮扶小组提出建议，经您审核接受后才会生效。")
    String intro();

    @Message("结对与小组")
    String nav_commitments();

    @Message("需要长期结对")
    String long_term();

    @Message("如课业辅导、心理陪伴、结对助学：由智能匹配推荐一位长期志愿者，干部审核后结对")
    String long_term_hint();

    @Message("长期结对")
    String long_term_tag();

    @Message("智能匹配")
    String matching();

    @Message("开始匹配")
    String start_run();

    @Message("匹配类型")
    String kind();

    @Message("{#when kind}{#is PAIRS}一对一长期结对{#is GROUPS}1+3+1帮扶小组{/when}")
    String kind_name(RunKind kind);

    @Message("{#when kind}{#is PAIRS}为希望长期结对的需求（如课业辅导、心理陪伴、结对助学）寻找志愿者"
            + "{#is GROUPS}为困境母亲组建小组：1位干部、3位志愿者，共同覆盖她的需求{/when}")
    String kind_hint(RunKind kind);

    @Message("范围")
    String area();

    @Message("本范围内的家庭和需求；志愿者来自同一个区")
    String area_hint();

    @Message("计算时间（秒）")
    String time_limit();

    @Message("时间越长方案越好，最长 {max} 秒")
    String time_limit_hint(long max);

    @Message("该区已有一次同类匹配正在进行，请等它结束或先停止它。")
    String run_active_error();

    @Message("这个范围不在您负责的区域内。")
    String outside_area_error();

    @Message("请填写 1 到 {max} 之间的秒数。")
    String time_limit_error(long max);

    @Message("请选择匹配类型和范围。")
    String choose_error();

    @Message("匹配记录")
    String runs();

    @Message("还没有匹配记录。")
    String no_runs();

    @Message("匹配 #{id}")
    String run_title(long id);

    @Message("状态")
    String status();

    @Message("{#when status}{#is QUEUED}排队中{#is SOLVING}计算中{#is COMPLETED}已完成{#is STOPPED}已提前停止"
            + "{#is FAILED}失败{/when}")
    String run_status(RunStatus status);

    @Message("当前最佳方案")
    String best_score();

    @Message("已为 {matched} 户找到人选，{unmatched} 户未匹配")
    String outcome(long matched, long unmatched);

    @Message("已为 %found% 户找到人选，%open% 户未匹配")
    String outcome_template();

    @Message("正在准备，稍后显示匹配结果")
    String no_outcome();

    @Message("计算细节（成本分）")
    String score_details();

    @Message("%open% 项未满足 · 成本 %cost% 分")
    String score_template();

    @Message("{open} 项未满足 · 成本 {cost} 分")
    String score_summary(long open, long cost);

    @Message("“未满足”是没找到志愿者的需求、空着的座位和小组没能覆盖的需求；成本约10分为1公里路程，也计入语言、时间和公平。")
    String score_hint();

    @Message("有 {count} 处违反硬性规则")
    String broken_rules(long count);

    @Message("尚无")
    String no_score();

    @Message("家庭/需求")
    String count_requests();

    @Message("可用志愿者")
    String count_volunteers();

    @Message("已确认并保留")
    String count_pinned();

    @Message("新建议")
    String count_proposals();

    @Message("未能匹配")
    String count_unmatched();

    @Message("开始")
    String started_at();

    @Message("结束")
    String ended_at();

    @Message("计算中，页面会自动更新。")
    String live_hint();

    @Message("已找到 %count% 个更好的方案")
    String improvements_template();

    @Message("刷新")
    String refresh();

    @Message("提前停止")
    String stop();

    @Message("停止后，当前最佳方案会保留为建议。")
    String stop_hint();

    @Message("审核建议")
    String review();

    @Message("原因")
    String error_message();

    @Message("匹配 #{id} 的建议")
    String proposals_title(long id);

    @Message("全部接受")
    String accept_all();

    @Message("我已看过下面每一条建议，确认全部接受（会立即通知相关志愿者和干部）。")
    String accept_all_confirm();

    @Message("请先勾选确认，再全部接受。")
    String accept_all_confirm_required();

    @Message("逐条生效：已不再合适的建议会标记为失效，其余照常生效。")
    String accept_all_hint();

    @Message("接受")
    String accept();

    @Message("不接受")
    String reject();

    @Message("不接受的原因（此后不会再把该志愿者推荐给这个家庭）")
    String reject_reason();

    @Message("请写明不接受的原因。")
    String reason_required();

    @Message("{#when status}{#is PROPOSED}待审核{#is ACCEPTED}已接受{#is REJECTED}未接受{#is FAILED}已失效{#is EXPIRED}已被新一轮取代{/when}")
    String proposal_status(ProposalStatus status);

    @Message("推荐理由")
    String why();

    @Message("档案 #{id}")
    String household_file(long id);

    @Message("志愿者")
    String volunteer();

    @Message("组长")
    String lead();

    @Message("沿用现有组长")
    String keeps_lead();

    @Message("新增组员")
    String new_members();

    @Message("尚未覆盖")
    String uncovered();

    @Message("成本 {cost} 分")
    String cost(long cost);

    @Message("这次匹配没有新的建议。")
    String no_proposals();

    @Message("已接受：结对或小组已生效，志愿者会收到通知。")
    String accepted_notice();

    @Message("已记录：此后不会再把该志愿者推荐给这个家庭。")
    String rejected_notice();

    @Message("这条建议已不再合适（例如志愿者名额已满、需求已被认领），已标记为失效。")
    String failed_notice();

    @Message("已接受 {accepted} 条建议{#if failed > 0}，{failed} 条已不再合适、标记为失效{/if}。")
    String all_notice(int accepted, int failed);

    @Message("进行中的结对")
    String active_pairs();

    @Message("进行中的1+3+1小组")
    String active_groups();

    @Message("开始于 {when}")
    String since(String when);

    @Message("成立于 {when}")
    String formed(String when);

    @Message("{count}/3 位志愿者")
    String seats(int count);

    @Message("负责的需求")
    String needs_taken();

    @Message("暂无进行中的结对。")
    String no_pairs();

    @Message("暂无进行中的小组。")
    String no_groups();

    @Message("共 {count} 项")
    String total(long count);

    @Message("{#each names}{it}{#if it_hasNext}、{/if}{/each}")
    String names(java.util.List<String> names);

    @Message("{#each list}{need:category(it)}{#if it_hasNext}、{/if}{/each}")
    String categories(java.util.List<org.tongxing.need.NeedCategory> list);

    @Message("{name}：{reasons}")
    String member_reasons(String name, String reasons);

    @Message("结束结对")
    String end_pair();

    @Message("需求会重新开放，下一次结对匹配会为它寻找新的志愿者；如果目标已经达成，请勾选下方。")
    String end_pair_hint();

    @Message("原因（志愿者会看到）")
    String end_reason();

    @Message("目标已达成，需求标记为已完成")
    String completed_pair();

    @Message("让{name}退出小组")
    String leave_member(String name);

    @Message("小组继续，空出的位置会在下一次小组匹配中补上。")
    String leave_hint();

    @Message("退出小组")
    String leave_group();

    @Message("结束小组")
    String end_group();

    @Message("所有志愿者离开小组，小组负责的需求重新开放；如果目标已经达成，请勾选下方。")
    String end_group_hint();

    @Message("目标已达成，小组负责的需求标记为已完成")
    String completed_group();

    @Message("请写明原因。")
    String end_reason_required();

    @Message("原因最多 {max} 个字。")
    String end_reason_too_long(int max);

    @Message("结对已结束，志愿者会收到通知。")
    String pair_ended_notice();

    @Message("志愿者已退出小组，空出的位置会在下一次小组匹配中补上。")
    String seat_freed_notice();

    @Message("小组已结束，成员会收到通知。")
    String group_ended_notice();

    @Message("试结对，{date} 到期")
    String stage_trial(java.time.LocalDate date);

    @Message("正式结对")
    String stage_formal();

    @Message("确认试结对")
    String confirm_trial();

    @Message("确认后，社工会安排您与家庭见面；家庭同意后，您会看到家庭的联系方式。")
    String confirm_trial_hint();

    @Message("允许家庭和小组成员看到我的电话")
    String share_phone();

    @Message("您已确认试结对，社工会与您联系。")
    String trial_confirmed_notice();

    @Message("联系记录已保存，计入服务时长和人次。")
    String contact_recorded_notice();

    @Message("记录一次联系")
    String record_contact();

    @Message("日期")
    String contact_date();

    @Message("时长（小时）")
    String contact_hours();

    @Message("方式")
    String contact_channel();

    @Message("方面")
    String contact_dimension();

    @Message("参与者（用逗号分隔，每人计一人次）")
    String contact_participants();

    @Message("做了什么")
    String contact_summary();

    @Message("{#when c}{#is 'HOME_VISIT'}入户{#is 'PHONE'}电话{#is 'MESSAGING'}微信等消息{#is 'GROUP_ACTIVITY'}小组活动{#is 'ONLINE'}线上{#else}{c}{/when}")
    String channel(ContactChannel c);

    @Message("{#when d}{#is 'SCHOOLING'}课业与家庭教育{#is 'PSYCHOLOGY'}心理{#is 'EMPLOYMENT'}就业{#is 'DAILY_LIFE'}生活{#is 'HEALTH'}健康{#else}{d}{/when}")
    String dimension(Dimension d);

    @Message("最近联系：{date}")
    String last_contact(java.time.LocalDate date);

    @Message("已较长时间没有联系记录")
    String quiet();

    @Message("结对 #{id}")
    String pair_title(long id);

    @Message("← 返回结对与小组")
    String back_to_commitments();

    @Message("查看、评估与结束")
    String open_pair();

    @Message("已代家庭确认同意。")
    String consented_notice();

    @Message("已转为正式结对，志愿者会收到通知。")
    String formal_notice();

    @Message("评估已保存。")
    String review_saved_notice();

    @Message("家庭")
    String household();

    @Message("阶段")
    String stage();

    @Message("已结束")
    String ended_state();

    @Message("志愿者")
    String volunteer_answer();

    @Message("{#when a}{#is PENDING}等待确认{#is CONFIRMED}已确认{#is DECLINED}已谢绝{#else}—{/when}")
    String answer(org.tongxing.matching.Answer a);

    @Message("家庭同意")
    String household_consent();

    @Message("{#if given}家庭已同意{#else}家庭尚未同意{/if}")
    String consent_state(boolean given);

    @Message("联系")
    String contact_rhythm();

    @Message("还没有联系记录")
    String no_contacts();

    @Message("{#if level > 1}已第二次提醒{#else}已第一次提醒{/if}：联系中断")
    String quiet_level(int level);

    @Message("代家庭确认同意")
    String consent_for_family();

    @Message("请先当面或电话征得家庭同意再确认。同意后，志愿者能看到家庭的联系人（家庭同意共享联系方式时还有电话）。")
    String consent_for_family_hint();

    @Message("转为正式结对")
    String formalise();

    @Message("志愿者已确认，家庭已同意：试结对顺利时，可转为正式结对。")
    String formalise_hint();

    @Message("联系记录")
    String contacts();

    @Message("需社工跟进：")
    String follow_up();

    @Message("回访与成效")
    String reviews();

    @Message("{#when kind}{#is MIDTERM}中期回访{#is FINAL}终期回访{/when}")
    String review_kind(org.tongxing.matching.ReviewKind kind);

    @Message("家庭评分")
    String family_rating();

    @Message("志愿者评分")
    String volunteer_rating();

    @Message("{rating} 分（满分 5 分）")
    String rating_of(int rating);

    @Message("成效")
    String outcomes();

    @Message("{#when o}{#is BETTER}变好{#is SAME}不变{#is WORSE}变差{/when}")
    String dimension_outcome(org.tongxing.matching.Outcome o);

    @Message("评估各方面的成效")
    String judge_outcomes();

    @Message("与结对前相比，各方面的变化")
    String outcomes_legend();

    @Message("不评估")
    String not_judged();

    @Message("保存成效")
    String save_outcomes();

    @Message("代家庭填写评分")
    String enter_family_rating();

    @Message("家庭对帮扶的评分（1 到 5 分）")
    String family_rating_legend();

    @Message("家庭的话（可不填）")
    String family_comment();

    @Message("保存家庭评分")
    String save_family_rating();

    @Message("结束的原因类别")
    String end_kind();

    @Message("{#when kind}{#is BAD_FIT}不合适（以后不再匹配两人）{#is MOVED_AWAY}搬走了{#is NO_TIME}暂时没有时间{#is GOAL_REACHED}目标已达成{#is DECLINED}谢绝{#is NO_ANSWER}未答复{#is OTHER}其他{/when}")
    String end_kind_value(org.tongxing.matching.EndKind kind);

    @Message("请至少评估一个方面")
    String outcomes_required();

    @Message("家庭联系方式与交接信息")
    String open_handover();

    @Message("交接信息")
    String handover_title();

    @Message("您确认、家庭也同意以后，这里会显示家庭的联系人和社工的联系方式。")
    String handover_not_yet();

    @Message("家庭联系人")
    String handover_family();

    @Message("家庭没有同意共享联系方式，请通过社工联系。")
    String handover_no_contact();

    @Message("结对帮扶的需求")
    String handover_needs();

    @Message("社工")
    String handover_workers();

    @Message("每次查看都会记入个人信息查阅记录。")
    String handover_logged();

    @Message("← 返回我的承诺")
    String back_to_my_commitments();

    @Message("电话")
    String handover_phone();
}
