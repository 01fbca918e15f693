package org.tongxing.assistance;

import java.time.LocalDate;
import java.util.Locale;

import org.tongxing.common.ReaderDates;
import org.tongxing.notification.NotificationKind;
import org.tongxing.notification.Notifier.Message;
import org.tongxing.notification.Notifier.Words;

/** The wording of a coming re-check; it names the household by file number only, as e-mail travels further. */
final class RecheckNotices {

    private RecheckNotices() {
    }

    static Message coming(long householdId, BenefitKind kind, LocalDate recheckOn) {
        return new Message(NotificationKind.BENEFIT_RECHECK,
                new Words("家庭档案 #%d 的%s即将复核".formatted(householdId, chinese(kind)),
                        "家庭档案 #%d 的%s应于 %s 前复核。请提前核实家庭情况并准备材料。".formatted(householdId, chinese(kind),
                                ReaderDates.format(recheckOn, Locale.CHINESE))),
                new Words("The %s of household #%d is due for its re-check".formatted(english(kind), householdId),
                        "The %s of household #%d is due for its re-check by %s. Please check the household's situation and prepare the papers in time."
                                .formatted(english(kind), householdId, ReaderDates.format(recheckOn, Locale.ENGLISH))),
                null, null);
    }

    static String chinese(BenefitKind kind) {
        return switch (kind) {
            case MINIMUM_LIVING -> "最低生活保障";
            case EXTREME_POVERTY -> "特困人员供养";
            case TEMPORARY_ASSISTANCE -> "临时救助";
            case DISABILITY_LIVING_SUBSIDY -> "困难残疾人生活补贴";
            case DISABILITY_CARE_SUBSIDY -> "重度残疾人护理补贴";
            case UNSUPPORTED_CHILD_ALLOWANCE -> "事实无人抚养儿童基本生活补贴";
            case OLD_AGE_ALLOWANCE -> "高龄津贴";
            case MEDICAL_ASSISTANCE -> "医疗救助";
            case EDUCATION_ASSISTANCE -> "教育救助";
        };
    }

    static String english(BenefitKind kind) {
        return switch (kind) {
            case MINIMUM_LIVING -> "minimum living allowance";
            case EXTREME_POVERTY -> "extreme-poverty support";
            case TEMPORARY_ASSISTANCE -> "temporary assistance";
            case DISABILITY_LIVING_SUBSIDY -> "living subsidy for people with disabilities in hardship";
            case DISABILITY_CARE_SUBSIDY -> "care subsidy for people with severe disabilities";
            case UNSUPPORTED_CHILD_ALLOWANCE -> "allowance for a child without de-facto support";
            case OLD_AGE_ALLOWANCE -> "old-age allowance";
            case MEDICAL_ASSISTANCE -> "medical assistance";
            case EDUCATION_ASSISTANCE -> "education assistance";
        };
    }
}
