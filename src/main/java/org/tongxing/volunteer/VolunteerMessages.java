package org.tongxing.volunteer;

import java.time.DayOfWeek;

import org.tongxing.common.VettingStatus;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words of the volunteer's profile page; English in messages/vol_en.properties. */
@MessageBundle(value = "vol", locale = "zh-CN")
public interface VolunteerMessages {

    @Message("我的资料")
    String title();

    @Message("已保存。需求认领大厅会按您的新技能显示可以认领的需求。")
    String saved();

    @Message("审核状态")
    String vetting();

    @Message("{#when status}{#is PENDING}待审核{#is VETTED}已通过{#is REJECTED}未通过{#is SUSPENDED}已暂停{/when}")
    String vetting_status(VettingStatus status);

    @Message("我能帮助的方面")
    String skills();

    @Message("只会请您认领这些类别的需求。")
    String skills_hint();

    @Message("我有空的时间")
    String availability();

    @Message("一周里通常有空的时段，用于安排结对和小组。")
    String availability_hint();

    @Message("{#when day}{#is MONDAY}星期一{#is TUESDAY}星期二{#is WEDNESDAY}星期三{#is THURSDAY}星期四{#is FRIDAY}星期五"
            + "{#is SATURDAY}星期六{#is SUNDAY}星期日{/when}")
    String day(DayOfWeek day);

    @Message("{#when part}{#is MORNING}上午{#is AFTERNOON}下午{#is EVENING}晚上{/when}")
    String part(WeeklyAvailability.DayPart part);

    @Message("更愿意做的")
    String preferred();

    @Message("在您能做的类别中，您更愿意做哪些？匹配时会优先考虑。不选表示都可以。")
    String preferred_hint();

    @Message("愿意前往的范围")
    String travel_range();

    @Message("{#when range}{#is STREET}本街道{#is DISTRICT}本区{#is CITY}全市{/when}")
    String travel(TravelRange range);

    @Message("同时最多承担几项帮扶")
    String capacity();

    @Message("0 表示暂时不接新的结对或小组。")
    String capacity_hint();

    @Message("自我介绍（可选）")
    String bio();

    @Message("审核意见")
    String vetting_note();
}
