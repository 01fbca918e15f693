package org.tongxing.need;

import java.util.Set;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The names of a need's categories, urgencies, states and reach, for every page that shows a need; English in
 * messages/need_en.properties.
 */
@MessageBundle(value = "need", locale = "zh-CN")
public interface NeedMessages {

    @Message("{#when category}{#is JOB_TRAINING}就业赋能{#is TUTORING}课业辅导与家庭教育{#is PSYCHOLOGICAL_SUPPORT}心理疏导"
            + "{#is COMPANIONSHIP}陪伴关怀{#is DAILY_LIVING}改善生活{#is LEGAL_AID}法律援助{#is MEDICAL_REHABILITATION}医疗康复"
            + "{#is SCHOLARSHIP}结对助学{/when}")
    String category(NeedCategory category);

    @Message("{#when urgency}{#is LOW}不急{#is NORMAL}一般{#is HIGH}较急{#is CRITICAL}紧急{/when}")
    String urgency(Urgency urgency);

    @Message("{#when status}{#is OPEN}待认领{#is CLAIMED}已认领待审核{#is IN_PROGRESS}帮扶中{#is FULFILLED}已完成"
            + "{#is CANCELLED}已取消{/when}")
    String need_status(NeedStatus status);

    @Message("{#when visibility}{#is COMMUNITY}社区{#is STREET}街道{#is DISTRICT}区县{#is PUBLIC}全社会公开{/when}")
    String visibility(Visibility visibility);

    @Message("{#when category}{#is JOB_TRAINING}找工作{#is TUTORING}孩子学习{#is PSYCHOLOGICAL_SUPPORT}想找人聊聊{#is COMPANIONSHIP}有人陪"
            + "{#is DAILY_LIVING}生活用品{#is LEGAL_AID}法律问题{#is MEDICAL_REHABILITATION}看病康复{#is SCHOLARSHIP}上学资助{/when}")
    String category_short(NeedCategory category);

    @Message("{#when category}{#is JOB_TRAINING}培训、找工作、小本经营{#is TUTORING}辅导功课、家庭教育{#is PSYCHOLOGICAL_SUPPORT}心情不好、想找人聊聊"
            + "{#is COMPANIONSHIP}探望、陪伴老人或孩子{#is DAILY_LIVING}衣物、家具、维修、药品{#is LEGAL_AID}纠纷、权益、办手续"
            + "{#is MEDICAL_REHABILITATION}就医、康复训练{#is SCHOLARSHIP}学费、结对助学{/when}")
    String category_hint(NeedCategory category);

    @Message("{#when urgency}{#is LOW}不急，慢慢来{#is NORMAL}最近一个月内{#is HIGH}一两周内{#is CRITICAL}非常紧急，马上需要{/when}")
    String urgency_plain(Urgency urgency);

    @Message("{#each list}{need:category(it)}{#if it_hasNext}、{/if}{/each}")
    String category_list(Set<NeedCategory> list);
}
