-- Grows the demo district (350799) to 100,000 needs for the statistics latency benchmark, in a database of its
-- own (never the one you work in). Set-based, so it loads in seconds; run with psql -v ON_ERROR_STOP=1.
-- Shape, roughly as in the demo: needs posted over the last two years; 25% open, 10% claimed, 15% in progress,
-- 45% fulfilled, 5% cancelled; every claimed need has its claim (70% by volunteers), delivered and fulfilled
-- ones 1-3 services, fulfilled ones mostly a rating; one in ten needs carries an older, declined claim.
\set needs 100000
\set households 6000
begin;
select setseed(0.7) as seed \gset

create temporary table bench_compound as
    select row_number() over (order by code) as n, code from area where level = 'COMPOUND' and code like '350799%';
create temporary table bench_volunteer as
    select row_number() over (order by v.id) as n, v.id, a.id as account
    from volunteer v join user_account a on a.volunteer_id = v.id where v.vetting_status = 'VETTED';
create temporary table bench_organisation as
    select row_number() over (order by o.id) as n, o.id, a.id as account
    from organisation o join user_account a on a.organisation_id = o.id where o.vetting_status = 'VETTED';
create temporary table bench_worker as select id from user_account where username = 'worker';

-- Households, each with a head of household.
create temporary table bench_household as
    select g, nextval('household_seq') as id,
           (select code from bench_compound where n = 1 + g % (select count(*) from bench_compound)) as area_code,
           now() - (random() * interval '900 days') as created_at
    from generate_series(1, :households) g;
insert into household (id, area_code, address_line, hardship_category, composition, tier, consent_data_processing,
                       consent_share_contact, consent_recorded_at, created_at, updated_at)
select id, area_code, (g % 40 + 1) || '栋' || (g % 6 + 1) || '单元' || (g % 30 + 101) || '室',
       (array['MINIMUM_ALLOWANCE','MARGINAL','EXTREMELY_POOR','EXPENDITURE_HARDSHIP','TEMPORARY_ASSISTANCE','NONE'])[1 + g % 6],
       (array['SINGLE_MOTHER','ELDERLY_ALONE','UNSUPPORTED_CHILDREN','GRANDPARENT_CARER','DISABILITY','TWO_PARENT','OTHER'])[1 + g % 7],
       (array['INTENSIVE','REGULAR','STABLE'])[1 + g % 3], true, g % 2 = 0, created_at, created_at, created_at
from bench_household;
insert into household_member (id, household_id, name, relation, birth_date, gender, created_at, updated_at)
select nextval('household_member_seq'), id, '压测户主' || g, 'HEAD', date '1970-01-01' + (g % 9000), 'FEMALE', created_at, created_at
from bench_household;

-- Needs up to the target count, posted after their household was opened.
create temporary table bench_need as
    select s.g, nextval('need_seq') as id, h.id as household_id, h.area_code,
           (array['JOB_TRAINING','TUTORING','PSYCHOLOGICAL_SUPPORT','COMPANIONSHIP','DAILY_LIVING','LEGAL_AID',
                  'MEDICAL_REHABILITATION','SCHOLARSHIP'])[1 + s.g % 8] as category,
           case when r < 0.25 then 'OPEN' when r < 0.35 then 'CLAIMED' when r < 0.50 then 'IN_PROGRESS'
                when r < 0.95 then 'FULFILLED' else 'CANCELLED' end as status,
           greatest(h.created_at, now() - random() * interval '730 days') as created_at
    from (select g, random() as r from generate_series(1, :needs - (select count(*) from need)) g) s
    join bench_household h on h.g = 1 + s.g % :households;
insert into need (id, household_id, category, description, public_description, urgency, area_code, status, visibility,
                  created_at, updated_at, escalated_at, cancel_reason)
select id, household_id, category, '压测需求 ' || g, '压测需求 ' || g,
       (array['LOW','NORMAL','HIGH','CRITICAL'])[1 + g % 4], area_code, status,
       (array['COMMUNITY','STREET','DISTRICT','PUBLIC'])[1 + g % 4], created_at, created_at, created_at,
       case when status = 'CANCELLED' then '压测' end
from bench_need;

-- The claim that put each claimed need where it is.
create temporary table bench_claim as
    select n.id as need_id, n.household_id, n.category, n.status as need_status, nextval('claim_seq') as id,
           n.g % 10 < 7 as by_volunteer, n.g,
           n.created_at + random() * interval '5 days' as created_at
    from bench_need n where n.status in ('CLAIMED', 'IN_PROGRESS', 'FULFILLED');
insert into claim (id, need_id, claimant_kind, volunteer_id, organisation_id, claimed_by, status, plan, promised_by,
                   decided_by, decided_at, delivered_at, confirmed_by, confirmed_at, satisfaction, created_at, updated_at)
select c.id, c.need_id, case when c.by_volunteer then 'VOLUNTEER' else 'ORGANISATION' end,
       case when c.by_volunteer then v.id end, case when not c.by_volunteer then o.id end,
       case when c.by_volunteer then v.account else o.account end,
       case c.need_status when 'CLAIMED' then 'PENDING' when 'FULFILLED' then 'CONFIRMED'
            else (case when c.g % 2 = 0 then 'ACCEPTED' else 'DELIVERED' end) end,
       '压测计划', (c.created_at + interval '14 days')::date,
       case when c.need_status <> 'CLAIMED' then w.id end,
       case when c.need_status <> 'CLAIMED' then c.created_at + interval '1 day' end,
       case when c.need_status = 'FULFILLED' or (c.need_status = 'IN_PROGRESS' and c.g % 2 = 1)
            then least(now(), c.created_at + interval '6 days') end,
       case when c.need_status = 'FULFILLED' then w.id end,
       case when c.need_status = 'FULFILLED' then least(now(), c.created_at + random() * interval '40 days' + interval '7 days') end,
       case when c.need_status = 'FULFILLED' and c.g % 10 <> 0 then (array[5,5,5,4,4,4,3,2,5,1])[1 + c.g % 10] end,
       c.created_at, c.created_at
from bench_claim c cross join bench_worker w
join bench_volunteer v on v.n = 1 + c.g % (select count(*) from bench_volunteer)
join bench_organisation o on o.n = 1 + c.g % (select count(*) from bench_organisation);

-- An older claim on one need in ten, declined before the one that stands.
insert into claim (id, need_id, claimant_kind, organisation_id, claimed_by, status, plan, promised_by, decided_by,
                   decided_at, decline_reason, created_at, updated_at)
select nextval('claim_seq'), n.id, 'ORGANISATION', o.id, o.account, 'DECLINED', '压测计划', (n.created_at + interval '9 days')::date,
       w.id, n.created_at + interval '2 hours', '压测', n.created_at + interval '1 hour', n.created_at + interval '2 hours'
from bench_need n cross join bench_worker w
join bench_organisation o on o.n = 1 + n.g % (select count(*) from bench_organisation)
where n.g % 10 = 3;

-- One to three services under each delivered or confirmed claim.
insert into service_log (id, claim_id, need_id, household_id, volunteer_id, organisation_id, category, served_on, hours,
                         person_times, logged_by, created_at)
select nextval('service_log_seq'), c.id, c.need_id, n.household_id, c.volunteer_id, c.organisation_id, n.category,
       least(current_date, (c.delivered_at + (s - 1) * interval '3 days')::date), 0.5 * (1 + (c.id + s) % 6), 1 + (c.id + s) % 3,
       c.claimed_by, c.delivered_at
from claim c join need n on n.id = c.need_id cross join generate_series(1, 3) s
where c.delivered_at is not null and s <= 1 + c.id % 3 and n.description like '压测需求 %';

commit;
-- As autovacuum would, in time: statistics for the planner and the visibility map for index-only scans.
vacuum analyze;
select (select count(*) from need) as needs, (select count(*) from claim) as claims,
       (select count(*) from service_log) as services, (select count(*) from household) as households;
