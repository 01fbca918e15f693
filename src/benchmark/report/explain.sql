-- EXPLAIN ANALYZE of each statistics section for the demo district over the twelve months up to today, as
-- StatisticsService runs them (the SQL is copied from the section classes in org.tongxing.report; keep in step).
-- psql -v area=350799% -f explain.sql
-- The bounds are constants, as the application binds them (an expression here would be evaluated per row).
select ((now() at time zone 'Asia/Shanghai')::date - interval '1 year' + interval '1 day')::timestamp at time zone 'Asia/Shanghai' as start_at,
       ((now() at time zone 'Asia/Shanghai')::date + 1)::timestamp at time zone 'Asia/Shanghai' as end_at,
       ((now() at time zone 'Asia/Shanghai')::date - interval '1 year' + interval '1 day')::date as from_day, (now() at time zone 'Asia/Shanghai')::date as to_day \gset
\set start '\'' :start_at '\'::timestamptz'
\set end '\'' :end_at '\'::timestamptz'
\set from '\'' :from_day '\'::date'
\set to '\'' :to_day '\'::date'
\pset pager off

\echo === households by category and tier
explain (analyze, buffers, costs off) select hardship_category, tier, count(*) from household
where area_code like :'area' and created_at < :end group by hardship_category, tier order by hardship_category, tier;

\echo === needs by category and status
explain (analyze, buffers, costs off) select category, status, count(*) from need
where area_code like :'area' and created_at >= :start and created_at < :end
group by category, status order by category, status;

\echo === response times
explain (analyze, buffers, costs off)
select count(r.claimed_at),
       extract(epoch from percentile_cont(0.5) within group (order by r.claimed_at - r.posted_at)) / 3600,
       count(r.fulfilled_at),
       extract(epoch from percentile_cont(0.5) within group (order by r.fulfilled_at - r.posted_at)) / 3600
from (select n.created_at as posted_at, min(c.created_at) as claimed_at,
             max(c.confirmed_at) filter (where c.status = 'CONFIRMED') as fulfilled_at
      from need n join claim c on c.need_id = n.id
      where n.area_code like :'area' and n.created_at >= :start and n.created_at < :end
      group by n.id) r;

\echo === claims by organisation
explain (analyze, buffers, costs off)
select c.organisation_id, o.name, count(*), count(*) filter (where c.status = 'CONFIRMED')
from claim c join need n on n.id = c.need_id left join organisation o on o.id = c.organisation_id
where n.area_code like :'area' and c.created_at >= :start and c.created_at < :end
group by c.organisation_id, o.name order by count(*) desc, o.name;

\echo === services by category
explain (analyze, buffers, costs off)
select s.category, count(*), sum(s.hours), sum(s.person_times)
from service_log s join household h on h.id = s.household_id
where h.area_code like :'area' and s.served_on between :from and :to
group by s.category order by s.category;

\echo === pairs and groups
explain (analyze, buffers, costs off)
select count(*) filter (where p.since < :end and (p.ended_at is null or p.ended_at >= :start)),
       count(*) filter (where p.since >= :start and p.since < :end),
       count(*) filter (where p.ended_at >= :start and p.ended_at < :end)
from pairing p join household h on h.id = p.household_id where h.area_code like :'area';

\echo === visits done and due
explain (analyze, buffers, costs off)
select count(*), count(distinct v.household_id) from visit v join household h on h.id = v.household_id
where h.area_code like :'area' and v.visited_on between :from and :to;
explain (analyze, buffers, costs off)
with basis as (
    select h.id, h.tier, cast(h.created_at at time zone 'Asia/Shanghai' as date) as day
    from household h where h.area_code like :'area'
    union
    select h.id, h.tier, v.visited_on from visit v join household h on h.id = v.household_id
    where h.area_code like :'area'),
due as (
    select cast(day + case tier when 'INTENSIVE' then cast('P1M' as interval)
                                when 'REGULAR' then cast('P3M' as interval)
                                else cast('P6M' as interval) end as date) as due_on,
           lead(day) over (partition by id order by day) as next_visit
    from basis)
select count(*), count(*) filter (where next_visit <= due_on), count(*) filter (where next_visit > due_on),
       count(*) filter (where next_visit is null)
from due where due_on >= :from and due_on <= :to;

\echo === satisfaction
explain (analyze, buffers, costs off)
select c.satisfaction, count(*) from claim c join need n on n.id = c.need_id
where c.status = 'CONFIRMED' and n.area_code like :'area' and c.confirmed_at >= :start and c.confirmed_at < :end
group by c.satisfaction;

\echo === beneficiaries who became volunteers
explain (analyze, buffers, costs off)
select count(*), count(*) filter (where v.created_at >= :start),
       count(*) filter (where v.vetting_status = 'VETTED'), count(distinct m.household_id)
from volunteer v join household_member m on m.id = v.linked_member_id
join household h on h.id = m.household_id
where h.area_code like :'area' and v.created_at < :end;
