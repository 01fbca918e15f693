-- Loads a city's worth of needs for the board benchmark, straight into the schema Flyway made.
-- psql variables: needs (how many), claimants (volunteers who will claim), password_hash (bcrypt hash to give
-- every benchmark account, taken from an account made through the API). A fixed seed makes runs comparable.
-- Ids start at 10,000,000 so they never meet ids the application hands out from its sequences.
\set ON_ERROR_STOP on
select setseed(0.20260412);

-- A weighted choice: pick(array['A','B'], array[3,1]) is 'A' three times in four.
create function pg_temp.pick(choices text[], weights int[]) returns text language plpgsql volatile as $$
declare
    r numeric := random() * (select sum(w) from unnest(weights) w);
begin
    for i in 1 .. array_length(choices, 1) loop
        r := r - weights[i];
        if r < 0 then
            return choices[i];
        end if;
    end loop;
    return choices[array_length(choices, 1)];
end
$$;

-- A city of 10 districts x 8 streets x 6 communities x 3 compounds (1,440 compounds), codes 3601xx...
insert into area (code, parent_code, level, name_zh, name_en)
select '3601' || lpad(d::text, 2, '0'), null, 'DISTRICT', '基准' || d || '区', 'Bench district ' || d
from generate_series(1, 10) d
on conflict (code) do nothing;
insert into area (code, parent_code, level, name_zh, name_en)
select a.code || lpad(s::text, 3, '0'), a.code, 'STREET', a.name_zh || s || '街道', a.name_en || ' street ' || s
from area a, generate_series(1, 8) s where a.level = 'DISTRICT' and a.code like '3601%'
on conflict (code) do nothing;
insert into area (code, parent_code, level, name_zh, name_en)
select a.code || lpad(c::text, 3, '0'), a.code, 'COMMUNITY', a.name_zh || c || '社区', a.name_en || ' community ' || c
from area a, generate_series(1, 6) c where a.level = 'STREET' and a.code like '3601%'
on conflict (code) do nothing;
insert into area (code, parent_code, level, name_zh, name_en)
select a.code || lpad(p::text, 3, '0'), a.code, 'COMPOUND', a.name_zh || p || '小区', a.name_en || ' compound ' || p
from area a, generate_series(1, 3) p where a.level = 'COMMUNITY' and a.code like '3601%'
on conflict (code) do nothing;

create temp table compound as
select code, row_number() over (order by code) - 1 as n from area where level = 'COMPOUND' and code like '3601%';

-- Households: two needs and a half each on average, spread over every compound.
create temp table bench_household as
select 10000000 + g as id, (select code from compound c where c.n = x.k) as area_code
from (select g, floor(random() * 1440)::int as k from generate_series(1, greatest(1, :needs * 2 / 5)) g) x;

insert into household (id, area_code, address_line, hardship_category, composition, tier, summary,
                       consent_data_processing, consent_share_contact, consent_recorded_at, created_at, updated_at)
select id, area_code, (1 + floor(random() * 30))::int || '栋' || (1 + floor(random() * 4))::int || '单元',
       pg_temp.pick(array['MINIMUM_ALLOWANCE', 'MARGINAL', 'EXTREMELY_POOR', 'EXPENDITURE_HARDSHIP',
                          'TEMPORARY_ASSISTANCE', 'NONE'], array[35, 25, 10, 15, 10, 5]),
       pg_temp.pick(array['SINGLE_MOTHER', 'SINGLE_FATHER', 'ELDERLY_ALONE', 'ELDERLY_COUPLE', 'UNSUPPORTED_CHILDREN',
                          'GRANDPARENT_CARER', 'DISABILITY', 'TWO_PARENT', 'OTHER'], array[25, 5, 20, 8, 5, 10, 12, 10, 5]),
       pg_temp.pick(array['INTENSIVE', 'REGULAR', 'STABLE'], array[30, 50, 20]),
       null, true, random() < 0.7, now() - interval '400 days', now() - interval '400 days', now() - interval '30 days'
from bench_household;

-- One to four members each; the head is an adult, the others often children.
insert into household_member (id, household_id, name, relation, birth_date, gender, created_at, updated_at)
select h.id * 4 + m, h.id,
       (array['林', '陈', '黄', '张', '李', '王', '吴', '刘', '郑', '杨'])[1 + floor(random() * 10)::int]
           || (array['秀梅', '建华', '小雨', '志强', '丽娟', '子涵', '浩然', '桂英', '国平', '欣怡', '宇轩', '春兰'])[1 + floor(random() * 12)::int],
       case when m = 0 then 'HEAD' else pg_temp.pick(array['CHILD', 'SPOUSE', 'PARENT', 'GRANDCHILD'], array[6, 1, 2, 1]) end,
       case when m = 0 then date '1955-01-01' + floor(random() * 15000)::int else date '2008-01-01' + floor(random() * 6000)::int end,
       case when random() < 0.6 then 'FEMALE' else 'MALE' end, now() - interval '400 days', now() - interval '400 days'
from bench_household h, lateral generate_series(0, floor(random() * 4)::int + (h.id * 0)::int) m;

-- What families ask for, by category; an extra wish names an interest, so some words are rare on the board.
create temp table wording (category text, n int, text text);
insert into wording values
    ('TUTORING', 1, '孩子读小学四年级，数学成绩跟不上，希望每周有人辅导两次作业。'),
    ('TUTORING', 2, '初二学生英语基础薄弱，母亲白天上班无法辅导，希望周末有志愿者帮忙。'),
    ('TUTORING', 3, '家长希望学习如何与青春期孩子沟通，需要家庭教育指导。'),
    ('PSYCHOLOGICAL_SUPPORT', 1, '孩子父亲去世后情绪低落，不愿与人交流，需要心理疏导。'),
    ('PSYCHOLOGICAL_SUPPORT', 2, '母亲独自抚养两个孩子，压力很大，经常失眠，希望有心理咨询师陪伴。'),
    ('PSYCHOLOGICAL_SUPPORT', 3, '孩子在学校受到排挤，近期出现厌学情绪，需要长期心理陪伴。'),
    ('JOB_TRAINING', 1, '母亲有意学习家政或育婴技能，希望参加免费培训并推荐灵活就业岗位。'),
    ('JOB_TRAINING', 2, '希望学习电商直播卖茶叶，增加家庭收入。'),
    ('JOB_TRAINING', 3, '想找一份能照顾孩子上下学的工作，需要就业指导。'),
    ('COMPANIONSHIP', 1, '独居老人行动不便，希望每周有人上门陪伴聊天、读报。'),
    ('COMPANIONSHIP', 2, '老人子女在外地，节假日希望有志愿者探望。'),
    ('COMPANIONSHIP', 3, '留守儿童放学后无人照看，希望有人陪伴。'),
    ('DAILY_LIVING', 1, '家中热水器损坏，冬天洗澡困难，需要维修或更换。'),
    ('DAILY_LIVING', 2, '孩子需要一张书桌和台灯。'),
    ('DAILY_LIVING', 3, '老人需要轮椅一台，社区代为联系。'),
    ('DAILY_LIVING', 4, '屋顶漏雨，需要修缮。'),
    ('LEGAL_AID', 1, '离婚后前夫拒付抚养费，需要法律咨询和援助。'),
    ('LEGAL_AID', 2, '房屋拆迁补偿有纠纷，需要律师指导。'),
    ('MEDICAL_REHABILITATION', 1, '孩子患自闭症，需要康复训练资源对接。'),
    ('MEDICAL_REHABILITATION', 2, '老人中风后需要康复指导，每周两次上门。'),
    ('MEDICAL_REHABILITATION', 3, '需要协助申请大病医疗救助。'),
    ('SCHOLARSHIP', 1, '孩子考上高中，学费和住宿费有困难，希望结对助学。'),
    ('SCHOLARSHIP', 2, '大学新生需要助学金，家庭为低保户。');

create temp table draft as
select 10000000 + g as id,
       10000001 + floor(random() * greatest(1, :needs * 2 / 5))::int as household_id,
       pg_temp.pick(array['TUTORING', 'DAILY_LIVING', 'COMPANIONSHIP', 'PSYCHOLOGICAL_SUPPORT', 'MEDICAL_REHABILITATION',
                          'JOB_TRAINING', 'SCHOLARSHIP', 'LEGAL_AID'], array[22, 20, 15, 12, 10, 9, 7, 5]) as category,
       1 + floor(random() * 4)::int as wording,
       case when random() < 0.1 then (array['也想学书法', '也想学钢琴', '也想学绘画', '也想学编程', '也想学游泳',
                                            '也想学围棋', '也想练英语口语', '也想打篮球'])[1 + floor(random() * 8)::int]
            else '' end as wish,
       random() < 0.3 as names_contact,
       pg_temp.pick(array['LOW', 'NORMAL', 'HIGH', 'CRITICAL'], array[20, 45, 25, 10]) as urgency,
       pg_temp.pick(array['OPEN', 'CLAIMED', 'IN_PROGRESS', 'FULFILLED', 'CANCELLED'], array[45, 4, 8, 38, 5]) as status,
       pg_temp.pick(array['COMMUNITY', 'STREET', 'DISTRICT', 'PUBLIC'], array[35, 20, 15, 30]) as visibility,
       now() - random() * interval '365 days' as created_at,
       random() as escalated_share,
       case when random() < 0.45 then floor(random() * 120)::int end as wanted_in_days
from generate_series(1, :needs) g;

insert into need (id, household_id, category, description, public_description, urgency, area_code, wanted_by, status,
                  visibility, cancel_reason, created_at, updated_at, escalated_at)
select d.id, d.household_id, d.category,
       w.text || d.wish || case when d.names_contact then '请联系' || m.name || '，电话1390599' || lpad((d.id % 10000)::text, 4, '0') else '' end,
       w.text || d.wish || case when d.names_contact then '请联系***，电话***' else '' end,
       d.urgency, h.area_code, (d.created_at + d.wanted_in_days * interval '1 day')::date, d.status, d.visibility,
       case when d.status = 'CANCELLED' then '家庭情况变化，已通过其他渠道解决' end,
       d.created_at, d.created_at, d.created_at + d.escalated_share * (now() - d.created_at)
from draft d
join household h on h.id = d.household_id
join household_member m on m.household_id = d.household_id and m.relation = 'HEAD'
join (select category, count(*) as k from wording group by category) wc on wc.category = d.category
join wording w on w.category = d.category and w.n = 1 + (d.wording - 1) % wc.k;

-- One worker per street, so that every claim notifies somebody, as it would in a district that runs this.
insert into user_account (id, username, display_name, email, password_hash, role, area_code, password_changed_at,
                          created_at, updated_at)
select 10000000 + row_number() over (order by code), 'bench-w-' || code, '社工' || code, 'w' || code || '@bench.local',
       :'password_hash', 'WORKER', code, now(), now(), now()
from area where level = 'STREET' and code like '3601%';

-- The claimants: vetted volunteers spread over the city, each skilled in two categories.
create temp table categories as
select c, n - 1 as n from unnest(array['TUTORING', 'DAILY_LIVING', 'COMPANIONSHIP', 'PSYCHOLOGICAL_SUPPORT',
    'MEDICAL_REHABILITATION', 'JOB_TRAINING', 'SCHOLARSHIP', 'LEGAL_AID']) with ordinality as t(c, n);
insert into volunteer (id, name, gender, area_code, availability_mask, capacity, vetting_status, vetted_at, created_at,
                       updated_at)
select 10000000 + g, '基准志愿者' || g, case when g % 3 = 0 then 'MALE' else 'FEMALE' end,
       (select code from compound where n = (g * 7) % 1440), 127, 3, 'VETTED', now(), now(), now()
from generate_series(1, :claimants) g;
insert into volunteer_skill (volunteer_id, category)
select v.id, c.c from volunteer v join categories c on c.n in ((v.id % 8), ((v.id + 3) % 8))
where v.id between 10000001 and 10000000 + :claimants;
insert into volunteer_language (volunteer_id, language)
select id, 'zh' from volunteer where id between 10000001 and 10000000 + :claimants;
insert into user_account (id, username, display_name, email, password_hash, role, area_code, volunteer_id,
                          password_changed_at, created_at, updated_at)
select 20000000 + v.id - 10000000, 'bench-c' || (v.id - 10000000), v.name, 'c' || (v.id - 10000000) || '@bench.local',
       :'password_hash', 'VOLUNTEER', v.area_code, v.id, now(), now(), now()
from volunteer v where v.id between 10000001 and 10000000 + :claimants;

-- The application hands out ids from these sequences in blocks of 50; start them past everything loaded here.
select setval('household_seq', (select max(id) from household) + 50);
select setval('household_member_seq', (select max(id) from household_member) + 50);
select setval('need_seq', (select max(id) from need) + 50);
select setval('volunteer_seq', (select max(id) from volunteer) + 50);
select setval('user_account_seq', (select max(id) from user_account) + 50);

-- Vacuumed as a table in service would be: also moves the GIN indexes' pending entries into place.
vacuum analyze;
select status, visibility, count(*) from need where id >= 10000000 group by rollup (status, visibility) order by 1, 2;
