-- Follow-up visits: the visit log, the QR codes households keep at home for check-in, and the bookkeeping
-- that makes overdue reminders and weekly digests go out once. The schedule itself is not stored: a
-- household's next visit is due by its current tier's interval from its last visit (or from when its file
-- was opened), computed when asked, so a visit or a tier change re-plans it at once.

create sequence visit_seq start with 1 increment by 50;
create table visit (
    id                bigint        not null,
    household_id      bigint        not null,
    worker_id         bigint        not null,
    visited_at        timestamptz   not null,
    -- The day in China the visit counts for; the schedule and the statistics run on it.
    visited_on        date          not null,
    channel           varchar(16)   not null,
    latitude          numeric(8, 5),
    longitude         numeric(8, 5),
    location_note     varchar(200),
    findings          varchar(4000),
    living_conditions varchar(16),
    health            varchar(16),
    schooling         varchar(16),
    created_at        timestamptz   not null,
    constraint visit_pkey primary key (id),
    constraint visit_household_fkey foreign key (household_id) references household (id) on delete cascade,
    constraint visit_worker_fkey foreign key (worker_id) references user_account (id),
    constraint visit_channel_check check (channel in ('QR_CODE', 'RECORDED')),
    constraint visit_location_pair_check check ((latitude is null) = (longitude is null)),
    constraint visit_latitude_check check (latitude between -90 and 90),
    constraint visit_longitude_check check (longitude between -180 and 180),
    constraint visit_living_conditions_check check (living_conditions in ('FINE', 'CONCERN', 'SERIOUS', 'NOT_APPLICABLE')),
    constraint visit_health_check check (health in ('FINE', 'CONCERN', 'SERIOUS', 'NOT_APPLICABLE')),
    constraint visit_schooling_check check (schooling in ('FINE', 'CONCERN', 'SERIOUS', 'NOT_APPLICABLE'))
);
-- The last visit of a household (the schedule), and a household's visit log newest first.
create index visit_household_visited_idx on visit (household_id, visited_on desc, id desc);
create index visit_worker_id_idx on visit (worker_id, visited_on);
create index visit_visited_on_idx on visit (visited_on);

-- What a visit noticed the household needs; need_id is set when the finding was posted as a need at once.
create table visit_noticed_need (
    visit_id bigint      not null,
    category varchar(32) not null,
    need_id  bigint,
    constraint visit_noticed_need_pkey primary key (visit_id, category),
    constraint visit_noticed_need_visit_fkey foreign key (visit_id) references visit (id) on delete cascade,
    constraint visit_noticed_need_need_fkey foreign key (need_id) references need (id) on delete set null,
    constraint visit_noticed_need_category_check check (category in ('JOB_TRAINING', 'TUTORING',
        'PSYCHOLOGICAL_SUPPORT', 'COMPANIONSHIP', 'DAILY_LIVING', 'LEGAL_AID', 'MEDICAL_REHABILITATION', 'SCHOLARSHIP'))
);
create index visit_noticed_need_need_id_idx on visit_noticed_need (need_id);
create index visit_noticed_need_category_idx on visit_noticed_need (category);

-- A household's check-in codes, one generation after another. The printed token is a random key plus an HMAC
-- of it under the server's secret: it names no household and no person, and cannot be forged without the
-- secret. Issuing a new generation revokes the one before; at most one is active.
create sequence visit_code_seq start with 1 increment by 50;
create table visit_code (
    id           bigint       not null,
    household_id bigint       not null,
    generation   integer      not null,
    code_key     varchar(32)  not null,
    issued_at    timestamptz  not null,
    issued_by    bigint       not null,
    revoked_at   timestamptz,
    revoked_by   bigint,
    constraint visit_code_pkey primary key (id),
    constraint visit_code_household_fkey foreign key (household_id) references household (id) on delete cascade,
    constraint visit_code_issued_by_fkey foreign key (issued_by) references user_account (id),
    constraint visit_code_revoked_by_fkey foreign key (revoked_by) references user_account (id),
    constraint visit_code_key_key unique (code_key),
    constraint visit_code_household_generation_key unique (household_id, generation),
    constraint visit_code_generation_check check (generation >= 1)
);
create unique index visit_code_one_active_per_household on visit_code (household_id) where revoked_at is null;
create index visit_code_issued_by_idx on visit_code (issued_by);
create index visit_code_revoked_by_idx on visit_code (revoked_by);

-- Reminders already sent: one per household and due date, one digest per recipient and week.
create table visit_reminder (
    household_id bigint      not null,
    due_on       date        not null,
    sent_at      timestamptz not null,
    constraint visit_reminder_pkey primary key (household_id, due_on),
    constraint visit_reminder_household_fkey foreign key (household_id) references household (id) on delete cascade
);

create table visit_digest (
    recipient_id bigint      not null,
    week_of      date        not null,
    sent_at      timestamptz not null,
    constraint visit_digest_pkey primary key (recipient_id, week_of),
    constraint visit_digest_recipient_fkey foreign key (recipient_id) references user_account (id) on delete cascade
);

-- Secrets the platform generated for itself when none was configured (only ever with the embedded database).
create table app_secret (
    name       varchar(64)  not null,
    value      varchar(200) not null,
    created_at timestamptz  not null,
    constraint app_secret_pkey primary key (name)
);
