-- The board's query per filter shape, exactly as Hibernate sends it for BoardService.page (taken from its SQL
-- log), with the values a volunteer of street 360101001 would send. psql variables: wanted (a date a week
-- ahead), deep_rank, deep_created, deep_id (the keyset of a deep page).
\set ON_ERROR_STOP on
\pset pager off
\set columns 'n1_0.id, n1_0.area_code, n1_0.cancel_reason, n1_0.category, n1_0.created_at, n1_0.description, n1_0.escalated_at, n1_0.household_id, n1_0.member_id, n1_0.public_description, n1_0.status, n1_0.updated_at, n1_0.urgency, n1_0.urgency_rank, n1_0.version, n1_0.visibility, n1_0.wanted_by'
\set reach 'n1_0.status = ''OPEN'' and (n1_0.visibility = ''PUBLIC'' or (n1_0.visibility = ''DISTRICT'' and n1_0.area_code like ''360101%'' escape '''') or (n1_0.visibility = ''STREET'' and n1_0.area_code like ''360101001%'' escape ''''))'
\set page 'order by -n1_0.urgency_rank, n1_0.created_at, n1_0.id offset 0 rows fetch first 21 rows only'

\echo -- shape: none
explain (analyze, buffers) select :columns from need n1_0 where :reach :page;

\echo -- shape: category
explain (analyze, buffers) select :columns from need n1_0 where :reach and n1_0.category = 'TUTORING' :page;

\echo -- shape: district
explain (analyze, buffers) select :columns from need n1_0 where :reach and n1_0.area_code like '360102%' escape '' :page;

\echo -- shape: street
explain (analyze, buffers) select :columns from need n1_0 where :reach and n1_0.area_code like '360101001%' escape '' :page;

\echo -- shape: community
explain (analyze, buffers) select :columns from need n1_0 where :reach and n1_0.area_code like '360101001002%' escape '' :page;

\echo -- shape: urgency-low
explain (analyze, buffers) select :columns from need n1_0 where :reach and -n1_0.urgency_rank = -1 :page;

\echo -- shape: urgency-crit
explain (analyze, buffers) select :columns from need n1_0 where :reach and -n1_0.urgency_rank = -4 :page;

\echo -- shape: wanted-by
explain (analyze, buffers) select :columns from need n1_0 where :reach and n1_0.wanted_by < :'wanted' :page;

\echo -- shape: text-common
explain (analyze, buffers) select :columns from need n1_0 where :reach and n1_0.public_description like '%辅导%' escape '!'
    and board_text_may_contain(n1_0.public_description, '辅导') = true :page;

\echo -- shape: text-rare
explain (analyze, buffers) select :columns from need n1_0 where :reach and n1_0.public_description like '%书法%' escape '!'
    and board_text_may_contain(n1_0.public_description, '书法') = true :page;

\echo -- shape: text-absent
explain (analyze, buffers) select :columns from need n1_0 where :reach and n1_0.public_description like '%滑雪%' escape '!'
    and board_text_may_contain(n1_0.public_description, '滑雪') = true :page;

\echo -- shape: text-3chars
explain (analyze, buffers) select :columns from need n1_0 where :reach and n1_0.public_description like '%热水器%' escape '!'
    and board_text_may_contain(n1_0.public_description, '热水器') = true :page;

\echo -- shape: combined
explain (analyze, buffers) select :columns from need n1_0 where :reach and n1_0.category = 'DAILY_LIVING'
    and n1_0.area_code like '360102%' escape '' and -n1_0.urgency_rank = -3 :page;

\echo -- shape: deep-page
explain (analyze, buffers) select :columns from need n1_0 where :reach
    and (-n1_0.urgency_rank, n1_0.created_at, n1_0.id) > (-:deep_rank, :'deep_created', :deep_id) :page;
