package org.tongxing.timeline;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The names of what can happen in a case file, for its history; English in messages/tl_en.properties. */
@MessageBundle(value = "tl", locale = "zh-CN")
public interface TimelineMessages {

    @Message("{#when kind}{#is 'HOUSEHOLD_OPENED'}建立档案{#is 'HOUSEHOLD_UPDATED'}更新档案{#is 'CONSENT_CHANGED'}更新授权"
            + "{#is 'MEMBER_ADDED'}新增成员{#is 'MEMBER_UPDATED'}更新成员{#is 'MEMBER_REMOVED'}移除成员{#is 'NEED_POSTED'}发布需求"
            + "{#is 'NEED_UPDATED'}修改需求{#is 'NEED_CANCELLED'}取消需求{#is 'NEED_ESCALATED'}需求上报{#is 'NEED_CLAIMED'}需求被认领"
            + "{#is 'CLAIM_ACCEPTED'}接受认领{#is 'CLAIM_DECLINED'}婉拒认领{#is 'CLAIM_RELEASED'}认领方放弃{#is 'CLAIM_EXPIRED'}认领过期"
            + "{#is 'SERVICE_LOGGED'}记录服务{#is 'CLAIM_CONFIRMED'}确认服务"
            + "{#is 'VISIT_RECORDED'}上门走访{#is 'VISIT_CODE_ISSUED'}生成走访二维码{#is 'VISIT_CODE_REVOKED'}作废走访二维码"
            + "{#is 'PROGRAMME_JOINED'}加入帮扶项目{#is 'PROGRAMME_LEFT'}退出帮扶项目"
            + "{#is 'PAIRING_STARTED'}开始结对{#is 'PAIRING_ENDED'}结对结束{#is 'SUPPORT_GROUP_FORMED'}成立1+3+1小组"
            + "{#is 'SUPPORT_GROUP_JOINED'}志愿者加入小组{#is 'SUPPORT_GROUP_LEFT'}志愿者离开小组{#is 'SUPPORT_GROUP_LEAD_CHANGED'}小组更换组长"
            + "{#is 'SUPPORT_GROUP_ENDED'}小组结束{#is 'MATCH_REJECTED'}匹配建议未被接受"
            + "{#is 'COMMITMENT_CONFIRMED'}志愿者确认试结对{#is 'COMMITMENT_CONSENTED'}家庭同意结对{#is 'COMMITMENT_FORMAL'}转为正式结对{#is 'COMMITMENT_CONTACT'}结对联系记录{#is 'MATCHING_CONFLICT_DECLARED'}记录回避关系{#is 'BENEFIT_RECORDED'}登记救助待遇{#is 'BENEFIT_CHANGED'}救助待遇变更{#is 'ASSISTANCE_GIVEN'}登记救助慰问{#else}{kind}{/when}")
    String event_kind(String kind);
}
