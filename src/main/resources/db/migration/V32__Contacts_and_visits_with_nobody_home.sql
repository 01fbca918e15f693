-- Not every contact is a visit: a phone call or a WeChat exchange is recorded as a contact (channel PHONE or
-- WECHAT), and a visit can find nobody at home (outcome NOBODY_HOME). Neither counts as the visit the schedule
-- asks for, so neither moves the next visit's due date; both stay in the household's log.
alter table visit
    drop constraint visit_channel_check;
alter table visit
    add constraint visit_channel_check check (channel in ('QR_CODE', 'RECORDED', 'PHONE', 'WECHAT'));
alter table visit
    add column outcome varchar(16) not null default 'MET'
        constraint visit_outcome_check check (outcome in ('MET', 'NOBODY_HOME'));
-- The schedule reads the last visit that met the family.
create index visit_household_met_idx on visit (household_id, visited_on desc)
    where outcome = 'MET' and channel in ('QR_CODE', 'RECORDED');
