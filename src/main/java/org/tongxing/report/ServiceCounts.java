package org.tongxing.report;

import static org.tongxing.report.StatisticsSql.count;
import static org.tongxing.report.StatisticsSql.decimal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.tongxing.need.NeedCategory;

/** Services delivered in the period to the area's households, by category: services, hours, person-times (人次). */
public record ServiceCounts(List<Category> byCategory, long services, BigDecimal hours, long personTimes) {

    public record Category(NeedCategory category, long services, BigDecimal hours, long personTimes) {
    }

    static ServiceCounts query(StatisticsSql sql) {
        List<Category> categories = sql.rows("""
                select s.category, count(*), sum(s.hours), sum(s.person_times)
                from service_log s join household h on h.id = s.household_id
                where h.area_code like :area and s.served_on between :from and :to
                group by s.category order by s.category""").stream()
                .map(r -> new Category(NeedCategory.valueOf((String) r[0]), count(r[1]), decimal(r[2]), count(r[3])))
                .toList();
        return new ServiceCounts(categories, categories.stream().mapToLong(Category::services).sum(),
                categories.stream().map(Category::hours).reduce(BigDecimal.ZERO, BigDecimal::add),
                categories.stream().mapToLong(Category::personTimes).sum());
    }

    Table table(ReportLabels l) {
        List<Table.Row> rows = new ArrayList<>();
        for (NeedCategory category : NeedCategory.values()) {
            Category c = byCategory.stream().filter(x -> x.category() == category).findFirst()
                    .orElse(new Category(category, 0, BigDecimal.ZERO, 0));
            rows.add(Table.Row.of(List.of(Cell.text(l.need.category(category)), l.count(c.services()),
                    l.decimal(c.hours(), 1), l.count(c.personTimes()))));
        }
        rows.add(Table.Row.totals(List.of(Cell.text(l.rp.total()), l.count(services), l.decimal(hours, 1),
                l.count(personTimes))));
        return new Table("services", l.rp.section_services(), l.rp.note_services(),
                List.of(l.rp.category(), l.rp.services(), l.rp.hours(), l.rp.person_times()), rows,
                new Table.Chart("bar", false, List.of(2, 3)));
    }
}
