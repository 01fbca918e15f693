package org.tongxing.report;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.tongxing.common.ChinaTime;

/** File names of exports, "what-where-when", and small helpers the exports share. */
final class ExportNames {

    /** The purpose written to the disclosure log for every export. */
    static final String PURPOSE = "EXPORT";

    private ExportNames() {
    }

    /** A list exported today: 家庭档案-清溪区-2026-03-05, with case-files-350799-2026-03-05 as its ASCII name. */
    static Export.FileName list(String title, String asciiTitle, String area, ReportLabels l) {
        LocalDate today = ChinaTime.today();
        return new Export.FileName(title + "-" + areaName(area, l) + "-" + today,
                asciiTitle + "-" + (area == null ? "all" : area) + "-" + today);
    }

    static Export.FileName statistics(StatisticsScope scope, ReportLabels l) {
        String period = scope.from() + "-" + scope.to();
        return new Export.FileName(l.rp.file_statistics() + "-" + areaName(scope.area(), l) + "-" + period,
                "tongxing-statistics-" + (scope.area() == null ? "all" : scope.area()) + "-" + period);
    }

    private static String areaName(String code, ReportLabels l) {
        return code == null ? l.rp.whole_instance() : l.areaName(code);
    }

    /** A row of values, some of which may be missing. */
    static List<Object> values(Object... values) {
        return Arrays.asList(values);
    }
}
