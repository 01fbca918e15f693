-- The open-requests board at 100,000 needs (docs/claiming.md). Its order, most urgent first and then oldest,
-- mixes a descending and an ascending key, so a cursor "after (rank, created, id)" could only be an OR that no
-- index can start from: a deep page read every open need before it. With the rank negated the whole order is
-- ascending, and the cursor is one row comparison that starts the index scan exactly where the page begins.
drop index need_board_idx;
create index need_board_idx on need ((-urgency_rank), created_at, id) where status = 'OPEN';
-- An area prefix narrows the board to a street or a community, a few hundred open needs: found through this
-- index and then sorted, rather than by walking the board's order past every open need of other areas.
create index need_open_area_code_idx on need (area_code varchar_pattern_ops) where status = 'OPEN';
