package org.tongxing.report;

import static org.tongxing.report.StatisticsSql.count;

import java.util.List;

/**
 * Members of the area's beneficiary households who are registered as volunteers (a volunteer linked to a
 * household member): on record at the end of the period, registered during it, vetted, and their households.
 */
public record BecameVolunteers(long total, long registeredInPeriod, long vetted, long households) {

    static BecameVolunteers query(StatisticsSql sql) {
        Object[] r = sql.row("""
                select count(*), count(*) filter (where v.created_at >= :start),
                       count(*) filter (where v.vetting_status = 'VETTED'), count(distinct m.household_id)
                from volunteer v join household_member m on m.id = v.linked_member_id
                join household h on h.id = m.household_id
                where h.area_code like :area and v.created_at < :end""");
        return new BecameVolunteers(count(r[0]), count(r[1]), count(r[2]), count(r[3]));
    }

    Table table(ReportLabels l) {
        return new Table("became-volunteers", l.rp.section_became_volunteers(), l.rp.note_became_volunteers(),
                List.of(l.rp.measure(), l.rp.people()), List.of(
                        Table.Row.of(List.of(Cell.text(l.rp.became_total()), l.count(total))),
                        Table.Row.of(List.of(Cell.text(l.rp.became_in_period()), l.count(registeredInPeriod))),
                        Table.Row.of(List.of(Cell.text(l.rp.became_vetted()), l.count(vetted))),
                        Table.Row.of(List.of(Cell.text(l.rp.became_households()), l.count(households)))),
                null);
    }
}
