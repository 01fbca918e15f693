package org.tongxing.report;

import static org.tongxing.report.StatisticsSql.count;

import java.util.List;

/**
 * Follow-up visits to the area's households: those made in the period, and the visits that fell due in it (up to
 * today) with how they were met. The rule is the visit schedule's: each visit, and the opening of the file, makes
 * the next visit due one interval of the household's current tier later; a due visit is met on time when the next
 * visit comes on or before that day, late when it comes after, and is still open when none has come since.
 */
public record VisitCounts(long visits, long householdsVisited, long due, long dueOnTime, long dueLate, long dueOpen) {

    static VisitCounts query(StatisticsSql sql) {
        Object[] done = sql.row("""
                select count(*), count(distinct v.household_id) from visit v join household h on h.id = v.household_id
                where h.area_code like :area and v.visited_on between :from and :to
                and v.outcome = 'MET' and v.channel in ('QR_CODE', 'RECORDED')""");
        Object[] due = sql.row("""
                with basis as (
                    select h.id, h.tier, cast(h.created_at at time zone 'Asia/Shanghai' as date) as day
                    from household h where h.area_code like :area
                    union
                    select h.id, h.tier, v.visited_on from visit v join household h on h.id = v.household_id
                    where h.area_code like :area and v.outcome = 'MET' and v.channel in ('QR_CODE', 'RECORDED')),
                due as (
                    select cast(day + case tier when 'INTENSIVE' then cast(:intensive as interval)
                                                when 'REGULAR' then cast(:regular as interval)
                                                else cast(:stable as interval) end as date) as due_on,
                           lead(day) over (partition by id order by day) as next_visit
                    from basis)
                select count(*), count(*) filter (where next_visit <= due_on), count(*) filter (where next_visit > due_on),
                       count(*) filter (where next_visit is null)
                from due where due_on >= :from and due_on <= least(cast(:to as date), cast(:today as date))""");
        return new VisitCounts(count(done[0]), count(done[1]), count(due[0]), count(due[1]), count(due[2]),
                count(due[3]));
    }

    Table table(ReportLabels l) {
        return new Table("visits", l.rp.section_visits(), l.rp.note_visits(), List.of(l.rp.measure(), l.rp.number()),
                List.of(row(l.rp.visits_done(), visits, l), row(l.rp.households_visited(), householdsVisited, l),
                        row(l.rp.visits_due(), due, l), row(l.rp.due_on_time(), dueOnTime, l),
                        row(l.rp.due_late(), dueLate, l), row(l.rp.due_open(), dueOpen, l)),
                null);
    }

    private static Table.Row row(String label, long value, ReportLabels l) {
        return Table.Row.of(List.of(Cell.text(label), l.count(value)));
    }
}
