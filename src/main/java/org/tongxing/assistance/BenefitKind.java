package org.tongxing.assistance;

/**
 * The social-assistance benefits a household may receive (社会救助): the minimum living allowance (低保), support for
 * people in extreme poverty (特困供养), temporary assistance (临时救助), the two disability subsidies (困难残疾人生活补贴,
 * 重度残疾人护理补贴), the living allowance for children without de-facto support (事实无人抚养儿童基本生活补贴), the
 * old-age allowance (高龄津贴), and medical and education assistance (医疗救助, 教育救助).
 */
public enum BenefitKind {
    MINIMUM_LIVING,
    EXTREME_POVERTY,
    TEMPORARY_ASSISTANCE,
    DISABILITY_LIVING_SUBSIDY,
    DISABILITY_CARE_SUBSIDY,
    UNSUPPORTED_CHILD_ALLOWANCE,
    OLD_AGE_ALLOWANCE,
    MEDICAL_ASSISTANCE,
    EDUCATION_ASSISTANCE
}
