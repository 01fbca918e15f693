-- Board search over the redacted text. Chinese search terms are mostly two characters (书法, 轮椅), too short
-- for a trigram to exist, so the trigram index cannot narrow them and a rare or absent word read every open
-- need. A term of two or more characters occurs in a text only if all its overlapping two-character pieces
-- (bigrams) do, so a GIN index over each open need's bigrams finds the few candidates; LIKE then checks them.
-- Repeated pieces are left in: GIN keeps each key once anyway, and the board's query may evaluate this per row.
create function board_bigrams(text) returns text[]
    language sql immutable strict parallel safe
as $$
    select coalesce(array_agg(substr(lower($1), i, 2)), '{}')
    from generate_series(1, char_length($1) - 1) as i
$$;

-- The test the board's query calls: simple enough for the planner to inline, so that it meets the index.
create function board_text_may_contain(description text, term text) returns boolean
    language sql immutable parallel safe
as $$
    select public.board_bigrams(description) @> public.board_bigrams(term)
$$;

create index need_public_bigrams_idx on need using gin (board_bigrams(public_description)) where status = 'OPEN';
-- The planner reads no statistics from a partial index's expression; without these it takes a common word
-- (辅导, in thousands of open needs) for a rare one and fetches every candidate instead of walking the board's
-- order until a page is full. ANALYZE (autovacuum) keeps them current.
create statistics need_public_bigrams_stat on (board_bigrams(public_description)) from need;
