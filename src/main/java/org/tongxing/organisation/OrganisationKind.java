package org.tongxing.organisation;

public enum OrganisationKind {
    /** 慈善组织 / 慈善总会. */
    CHARITY,
    /** 社工机构. */
    SOCIAL_WORK_AGENCY,
    /** 爱心企业. */
    ENTERPRISE,
    OTHER
}
