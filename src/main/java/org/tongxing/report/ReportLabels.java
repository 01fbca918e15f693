package org.tongxing.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.tongxing.area.Area;
import org.tongxing.common.ReaderDates;
import org.tongxing.household.HouseholdMessages;
import org.tongxing.need.NeedMessages;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** The words and number and date formats of one language, for report tables, exports and file names. */
public final class ReportLabels {

    final Locale locale;
    final ReportMessages rp;
    /** The names of needs' categories and states. */
    final NeedMessages need;
    /** The names of households' compositions, hardship categories and tiers. */
    final HouseholdMessages hh;
    private final Map<String, String> areaNames = new HashMap<>();

    private ReportLabels(Locale locale, Localized language) {
        this.locale = locale;
        this.rp = MessageBundles.get(ReportMessages.class, language);
        this.need = MessageBundles.get(NeedMessages.class, language);
        this.hh = MessageBundles.get(HouseholdMessages.class, language);
    }

    public static ReportLabels of(Locale locale) {
        if ("en".equals(locale.getLanguage())) {
            return new ReportLabels(Locale.ENGLISH, Localized.Literal.of("en"));
        }
        return new ReportLabels(Locale.forLanguageTag("zh-CN"), Localized.Literal.of("zh-CN"));
    }

    /** An area's name in this language (its code when there is no such area); remembered for long exports. */
    public String areaName(String code) {
        return areaNames.computeIfAbsent(code, c -> {
            Area area = Area.findById(c);
            return area == null ? c : english() ? area.nameEn : area.nameZh;
        });
    }

    public boolean english() {
        return locale.getLanguage().equals("en");
    }

    Cell count(long value) {
        return new Cell(value, NumberFormat.getIntegerInstance(locale).format(value));
    }

    /** A decimal shown with the given number of fraction digits; the raw value keeps them too. */
    Cell decimal(BigDecimal value, int digits) {
        BigDecimal rounded = value.setScale(digits, RoundingMode.HALF_UP);
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return new Cell(rounded, format.format(rounded));
    }

    /** A measure that may be missing (a median of nothing): a dash, and an empty raw value. */
    Cell decimal(Double value, int digits) {
        return value == null ? new Cell("", "–") : decimal(BigDecimal.valueOf(value), digits);
    }

    public String date(LocalDate date) {
        return ReaderDates.format(date, locale);
    }
}
