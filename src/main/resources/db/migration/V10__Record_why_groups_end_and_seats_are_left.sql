-- Pairs and groups can now be ended by people, not only by a cancelled need or a withdrawn volunteer. A pair
-- already keeps its end_reason; a group and a seat get theirs, so the reason is on the record and not only on
-- the household's timeline. Optional: rows ended before this migration have none.
alter table support_group add column end_reason varchar(500);
alter table support_group_member add column left_reason varchar(500);

-- A volunteer who ends their own pair or leaves a family's group themselves is not proposed to that family again:
-- the next run would otherwise offer the reopened need or the freed seat straight back to them.
alter table matching_conflict drop constraint matching_conflict_source_check;
alter table matching_conflict add constraint matching_conflict_source_check
    check (source in ('REJECTED_PROPOSAL', 'DECLARED', 'LEFT_BY_VOLUNTEER'));
