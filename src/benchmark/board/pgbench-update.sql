-- PostgreSQL's own single-row update rate: one UPDATE by primary key per transaction, as in a claim's
-- optimistic-lock write of the need, without anything else a claim does.
\set id random(1, 100000)
UPDATE bench_row SET counter = counter + 1, updated_at = now() WHERE id = :id;
