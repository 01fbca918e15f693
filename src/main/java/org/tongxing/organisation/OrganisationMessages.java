package org.tongxing.organisation;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words of the organisation's page for its members; English in messages/org_en.properties. */
@MessageBundle(value = "org", locale = "zh-CN")
public interface OrganisationMessages {

    @Message("审核状态")
    String vetting();

    @Message("服务类别")
    String categories();

    @Message("联系人")
    String contact();

    @Message("本机构的认领")
    String claims();

    @Message("本机构还没有认领需求。在“需求认领大厅”中可以以机构名义认领。")
    String no_claims();

    @Message("机构类型")
    String kind_label();

    @Message("本机构成员")
    String members();

    @Message("最近登录")
    String last_login();

    @Message("从未登录")
    String never();

    @Message("已停用")
    String disabled();

    @Message("{#when kind}{#is CHARITY}慈善组织{#is SOCIAL_WORK_AGENCY}社会工作服务机构{#is ENTERPRISE}爱心企业"
            + "{#is OTHER}其他组织{/when}")
    String kind(OrganisationKind kind);
}
