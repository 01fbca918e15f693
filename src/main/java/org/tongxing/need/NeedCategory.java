package org.tongxing.need;

/**
 * What a household asks for: the five dimensions of the Nanping 1+3+1 programme plus what the other
 * field reports name. Volunteers' skills and organisations' service categories use the same list.
 */
public enum NeedCategory {
    /** 就业赋能: skills training, job search, starting a small business. */
    JOB_TRAINING,
    /** 家庭教育/课业辅导: homework help, tutoring, family-education advice. */
    TUTORING,
    /** 心理疏导/心理咨询: counselling and emotional support. */
    PSYCHOLOGICAL_SUPPORT,
    /** 人文关怀: companionship and care, e.g. for elderly people living alone or left-behind children. */
    COMPANIONSHIP,
    /** 改善生活: supplies, furniture, medicine, repairs. */
    DAILY_LIVING,
    /** 法律援助. */
    LEGAL_AID,
    /** 医疗康复. */
    MEDICAL_REHABILITATION,
    /** 结对助学: sponsoring a pupil or student. */
    SCHOLARSHIP
}
