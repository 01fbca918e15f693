-- Programme goals may also count the long-term pairs and 1+3+1 groups of member households that were active
-- at some time in the programme's period. A check constraint cannot be altered in place, so it is dropped and
-- recreated under the same name, in one transaction with the rest of this migration.

alter table programme_goal drop constraint programme_goal_metric_check;
alter table programme_goal add constraint programme_goal_metric_check
    check (metric in ('HOUSEHOLDS_SERVED', 'SERVICE_HOURS', 'PERSON_TIMES', 'VISITS', 'PAIRS', 'GROUPS'));
