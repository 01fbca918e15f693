-- Programmes: a lead organisation serves member households over a period towards goals, and is evaluated
-- (mid-term, final) on a rubric of weighted items. Progress is never stored: it is counted from the service
-- log and the visit log whenever it is shown.

create sequence programme_seq start with 1 increment by 50;
create table programme (
    id                   bigint        not null,
    name                 varchar(200)  not null,
    area_code            varchar(15)   not null,
    lead_organisation_id bigint        not null,
    starts_on            date          not null,
    ends_on              date          not null,
    description          varchar(2000),
    created_by           bigint        not null,
    created_at           timestamptz   not null,
    updated_at           timestamptz   not null,
    version              bigint        not null default 0,
    constraint programme_pkey primary key (id),
    constraint programme_area_fkey foreign key (area_code) references area (code),
    constraint programme_lead_organisation_fkey foreign key (lead_organisation_id) references organisation (id),
    constraint programme_created_by_fkey foreign key (created_by) references user_account (id),
    constraint programme_period_check check (ends_on >= starts_on)
);
create index programme_area_code_idx on programme (area_code varchar_pattern_ops);
create index programme_lead_organisation_id_idx on programme (lead_organisation_id);
create index programme_created_by_idx on programme (created_by);
create index programme_starts_on_idx on programme (starts_on);

create table programme_household (
    programme_id bigint      not null,
    household_id bigint      not null,
    joined_at    timestamptz not null,
    added_by     bigint      not null,
    constraint programme_household_pkey primary key (programme_id, household_id),
    constraint programme_household_programme_fkey foreign key (programme_id) references programme (id) on delete cascade,
    constraint programme_household_household_fkey foreign key (household_id) references household (id) on delete cascade,
    constraint programme_household_added_by_fkey foreign key (added_by) references user_account (id)
);
create index programme_household_household_id_idx on programme_household (household_id);
create index programme_household_added_by_idx on programme_household (added_by);

create table programme_goal (
    programme_id bigint         not null,
    metric       varchar(32)    not null,
    target       numeric(12, 2) not null,
    constraint programme_goal_pkey primary key (programme_id, metric),
    constraint programme_goal_programme_fkey foreign key (programme_id) references programme (id) on delete cascade,
    constraint programme_goal_metric_check check (metric in ('HOUSEHOLDS_SERVED', 'SERVICE_HOURS', 'PERSON_TIMES', 'VISITS')),
    constraint programme_goal_target_check check (target > 0)
);

create sequence rubric_item_seq start with 1 increment by 50;
create table rubric_item (
    id           bigint        not null,
    programme_id bigint        not null,
    position     smallint      not null,
    name         varchar(200)  not null,
    weight       numeric(6, 2) not null,
    max_score    numeric(6, 2) not null,
    constraint rubric_item_pkey primary key (id),
    constraint rubric_item_programme_fkey foreign key (programme_id) references programme (id) on delete cascade,
    constraint rubric_item_position_key unique (programme_id, position),
    constraint rubric_item_weight_check check (weight > 0),
    constraint rubric_item_max_score_check check (max_score > 0)
);

create sequence evaluation_round_seq start with 1 increment by 50;
create table evaluation_round (
    id             bigint        not null,
    programme_id   bigint        not null,
    kind           varchar(16)   not null,
    evaluator_id   bigint        not null,
    status         varchar(16)   not null,
    comment        varchar(2000),
    weighted_total numeric(5, 2),
    submitted_at   timestamptz,
    created_at     timestamptz   not null,
    updated_at     timestamptz   not null,
    version        bigint        not null default 0,
    constraint evaluation_round_pkey primary key (id),
    constraint evaluation_round_programme_fkey foreign key (programme_id) references programme (id) on delete cascade,
    constraint evaluation_round_evaluator_fkey foreign key (evaluator_id) references user_account (id),
    constraint evaluation_round_kind_key unique (programme_id, kind),
    constraint evaluation_round_kind_check check (kind in ('MID_TERM', 'FINAL')),
    constraint evaluation_round_status_check check (status in ('OPEN', 'SUBMITTED')),
    constraint evaluation_round_submitted_check check ((status = 'SUBMITTED') = (submitted_at is not null)),
    constraint evaluation_round_total_check check (weighted_total between 0 and 100)
);
create index evaluation_round_evaluator_id_idx on evaluation_round (evaluator_id);

create table evaluation_score (
    round_id bigint        not null,
    item_id  bigint        not null,
    score    numeric(6, 2) not null,
    comment  varchar(1000),
    constraint evaluation_score_pkey primary key (round_id, item_id),
    constraint evaluation_score_round_fkey foreign key (round_id) references evaluation_round (id) on delete cascade,
    constraint evaluation_score_item_fkey foreign key (item_id) references rubric_item (id),
    constraint evaluation_score_score_check check (score >= 0)
);
create index evaluation_score_item_id_idx on evaluation_score (item_id);
