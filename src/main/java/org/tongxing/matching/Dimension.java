package org.tongxing.matching;

import org.tongxing.need.NeedCategory;

/**
 * The five dimensions of the Nanping 1+3+1 programme in which a contact helped. Each counts in the statistics as
 * the category of need it answers, so that services of claims and of commitments add up by category.
 */
public enum Dimension {
    /** 课业与家庭教育. */
    SCHOOLING(NeedCategory.TUTORING),
    /** 心理. */
    PSYCHOLOGY(NeedCategory.PSYCHOLOGICAL_SUPPORT),
    /** 就业. */
    EMPLOYMENT(NeedCategory.JOB_TRAINING),
    /** 生活. */
    DAILY_LIFE(NeedCategory.DAILY_LIVING),
    /** 健康. */
    HEALTH(NeedCategory.MEDICAL_REHABILITATION);

    public final NeedCategory category;

    Dimension(NeedCategory category) {
        this.category = category;
    }
}
