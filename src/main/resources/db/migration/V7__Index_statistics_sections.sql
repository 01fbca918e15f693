-- Statistics (report): each section aggregates the rows of an area prefix and a period. These covering indexes
-- let PostgreSQL answer from the index alone (index-only scans) instead of reading the wide need, claim and
-- service rows; measured with src/benchmark/report on 100,000 needs (see docs/statistics.md).

-- Needs of an area posted in a period, by category and status; also the area side of the claim sections.
create index need_area_created_idx on need (area_code varchar_pattern_ops, created_at) include (id, category, status);

-- The claims of a set of needs: first claim, confirmation, claimant and rating. Leads with need_id, so it also
-- serves the foreign key and replaces the plain index on it.
create index claim_need_statistics_idx on claim (need_id)
    include (created_at, confirmed_at, status, satisfaction, organisation_id);
drop index claim_need_id_idx;

-- Services to an area's households in a period, by category. Same leading columns as the index it replaces.
create index service_log_household_statistics_idx on service_log (household_id, served_on)
    include (category, hours, person_times);
drop index service_log_household_id_idx;
