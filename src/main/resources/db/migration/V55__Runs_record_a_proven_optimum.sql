-- A run whose plan the solver proved optimal (a PAIRS run's min-cost flow always does) ends at once instead of idling
-- until its unimproved limit; the run records that it did.
alter table matching_run add column proven_optimal boolean not null default false;
