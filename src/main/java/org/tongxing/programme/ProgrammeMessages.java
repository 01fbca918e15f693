package org.tongxing.programme;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words of the programme pages; English in messages/pg_en.properties. */
@MessageBundle(value = "pg", locale = "zh-CN")
public interface ProgrammeMessages {

    @Message("帮扶项目")
    String nav_programmes();

    @Message("帮扶项目")
    String programmes();

    @Message("暂时没有项目。")
    String none();

    @Message("牵头机构")
    String lead();

    @Message("项目周期")
    String period();

    @Message("{from} 至 {to}")
    String period_range(LocalDate from, LocalDate to);

    @Message("区域")
    String area();

    @Message("项目家庭")
    String members();

    @Message("目标项")
    String goal();

    @Message("{count} 户")
    String households(long count);

    @Message("目标进度")
    String goals();

    @Message("尚未设定目标。")
    String no_goals();

    @Message("{#when metric}{#is HOUSEHOLDS_SERVED}受益家庭（户）{#is SERVICE_HOURS}服务时长（小时）{#is PERSON_TIMES}服务人次"
            + "{#is VISITS}入户走访（次）{#is PAIRS}结对（对）{#is GROUPS}1+3+1小组（个）{/when}")
    String metric(GoalMetric metric);

    @Message("目标")
    String target();

    @Message("完成")
    String actual();

    @Message("服务合计")
    String services();

    @Message("{services} 次服务 · {hours} 小时 · {times} 人次 · {households} 户受益 · 走访 {visits} 次")
    String services_summary(long services, BigDecimal hours, long times, long households, long visits);

    @Message("服务类别")
    String category();

    @Message("次数")
    String count();

    @Message("小时")
    String hours();

    @Message("人次")
    String person_times();

    @Message("评估")
    String evaluations();

    @Message("还没有评估。")
    String no_evaluations();

    @Message("{#when kind}{#is MID_TERM}中期评估{#is FINAL}终期评估{/when}")
    String kind(EvaluationRound.Kind kind);

    @Message("{#when status}{#is OPEN}评分中{#is SUBMITTED}已提交{/when}")
    String status(EvaluationRound.Status status);

    @Message("评估人")
    String evaluator();

    @Message("评分项")
    String item();

    @Message("权重")
    String weight();

    @Message("得分")
    String score();

    @Message("满分")
    String max_score();

    @Message("加权总分（百分制）")
    String weighted_total();

    @Message("{percent}%")
    String percent(int percent);

    @Message("结对与小组的{#when kind}{#is MID_TERM}中期{#is FINAL}终期{/when}回访")
    String outcomes(EvaluationRound.Kind kind);

    @Message("{commitments} 个结对或小组中已评定 {reviewed} 个，其中 {improved} 个至少一方面有改善（{percent ?: '—'}%）")
    String outcomes_improved(long commitments, long reviewed, long improved, java.math.BigDecimal percent);

    @Message("家庭评分平均 {average ?: '—'}（{count} 份），志愿者评分平均 {volunteer ?: '—'}（{volunteers} 份），满分 5 分")
    String outcomes_ratings(java.math.BigDecimal average, long count, java.math.BigDecimal volunteer, long volunteers);

    @Message("结对与1+3+1小组")
    String commitments();

    @Message("项目周期内进行过的结对 {pairs} 对 · 1+3+1小组 {groups} 个")
    String commitments_summary(long pairs, long groups);

    @Message("结对")
    String pairs();

    @Message("1+3+1小组")
    String groups();

    @Message("项目周期内没有结对。")
    String no_pairs();

    @Message("项目周期内没有1+3+1小组。")
    String no_groups();

    @Message("家庭")
    String household();

    @Message("需求")
    String need();

    @Message("开始")
    String begun();

    @Message("结束")
    String ended();

    @Message("进行中")
    String ongoing();
}
