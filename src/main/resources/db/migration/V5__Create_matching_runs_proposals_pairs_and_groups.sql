-- Matching: runs of the OptaPlanner matcher, the proposals they leave for a cadre to review, and what an
-- accepted proposal becomes: a long-term pair (结对帮扶) or a 1+3+1 support group. Conflicts (a volunteer and a
-- family who must not be matched) come from rejected proposals or are declared by case workers.

-- A need asks for a long-term partner (a tutor, a counsellor, a sponsor) when its worker or family says so.
alter table need add column long_term boolean not null default false;
create index need_long_term_open_idx on need (area_code varchar_pattern_ops) where long_term and status = 'OPEN';

-- ---------------------------------------------------------------------------------------------
create sequence matching_run_seq start with 1 increment by 50;
create table matching_run (
    id                 bigint       not null,
    kind               varchar(8)   not null,
    area_code          varchar(15)  not null,
    -- Volunteers travel within their district, so runs of one kind in one district would share them.
    district_code      varchar(6)   not null generated always as (substr(area_code, 1, 6)) stored,
    time_limit_seconds integer      not null,
    status             varchar(16)  not null,
    best_score         varchar(80),
    request_count      integer,
    volunteer_count    integer,
    pinned_count       integer,
    proposal_count     integer,
    unmatched_count    integer,
    started_by         bigint       not null,
    created_at         timestamptz  not null,
    started_at         timestamptz,
    ended_at           timestamptz,
    -- The instance solving the run renews its lease; a run whose lease lapsed died with its instance.
    instance_id        varchar(64)  not null,
    heartbeat_at       timestamptz  not null,
    stop_requested_at  timestamptz,
    error_message      varchar(500),
    version            bigint       not null default 0,
    constraint matching_run_pkey primary key (id),
    constraint matching_run_area_fkey foreign key (area_code) references area (code),
    constraint matching_run_started_by_fkey foreign key (started_by) references user_account (id),
    constraint matching_run_kind_check check (kind in ('PAIRS', 'GROUPS')),
    constraint matching_run_status_check check (status in ('QUEUED', 'SOLVING', 'COMPLETED', 'STOPPED', 'FAILED')),
    constraint matching_run_time_limit_check check (time_limit_seconds between 1 and 3600)
);
-- One active run per district and kind, whichever instance started it: the database decides.
create unique index matching_run_one_active_per_district on matching_run (district_code, kind)
    where status in ('QUEUED', 'SOLVING');
create index matching_run_area_code_idx on matching_run (area_code varchar_pattern_ops, created_at desc);
create index matching_run_started_by_idx on matching_run (started_by);
create index matching_run_lease_idx on matching_run (heartbeat_at) where status in ('QUEUED', 'SOLVING');

-- ---------------------------------------------------------------------------------------------
create sequence matching_proposal_seq start with 1 increment by 50;
create table matching_proposal (
    id             bigint        not null,
    run_id         bigint        not null,
    kind           varchar(8)    not null,
    household_id   bigint        not null,
    need_id        bigint,
    volunteer_id   bigint,
    cadre_id       bigint,
    cost           bigint        not null,
    cost_parts     jsonb         not null,
    uncovered      varchar(300),
    explanation_zh varchar(2000) not null,
    explanation_en varchar(2000) not null,
    status         varchar(16)   not null,
    reject_reason  varchar(500),
    failure        varchar(500),
    decided_by     bigint,
    decided_at     timestamptz,
    created_at     timestamptz   not null,
    version        bigint        not null default 0,
    constraint matching_proposal_pkey primary key (id),
    constraint matching_proposal_run_fkey foreign key (run_id) references matching_run (id) on delete cascade,
    constraint matching_proposal_household_fkey foreign key (household_id) references household (id),
    constraint matching_proposal_need_fkey foreign key (need_id) references need (id),
    constraint matching_proposal_volunteer_fkey foreign key (volunteer_id) references volunteer (id),
    constraint matching_proposal_cadre_fkey foreign key (cadre_id) references cadre (id),
    constraint matching_proposal_decided_by_fkey foreign key (decided_by) references user_account (id),
    constraint matching_proposal_kind_check check (
        (kind = 'PAIRS' and need_id is not null and volunteer_id is not null and cadre_id is null)
        or (kind = 'GROUPS' and need_id is null and volunteer_id is null)),
    constraint matching_proposal_status_check check (status in ('PROPOSED', 'ACCEPTED', 'REJECTED', 'FAILED'))
);
create index matching_proposal_run_id_idx on matching_proposal (run_id, status);
create index matching_proposal_household_id_idx on matching_proposal (household_id);
create index matching_proposal_need_id_idx on matching_proposal (need_id);
create index matching_proposal_volunteer_id_idx on matching_proposal (volunteer_id);
create index matching_proposal_cadre_id_idx on matching_proposal (cadre_id);
create index matching_proposal_decided_by_idx on matching_proposal (decided_by);

-- The volunteers a group proposal adds, seat by seat, each with the reasons for them.
create table matching_proposal_member (
    proposal_id    bigint        not null,
    seat           smallint      not null,
    volunteer_id   bigint        not null,
    cost           bigint        not null,
    cost_parts     jsonb         not null,
    explanation_zh varchar(1000) not null,
    explanation_en varchar(1000) not null,
    constraint matching_proposal_member_pkey primary key (proposal_id, seat),
    constraint matching_proposal_member_proposal_fkey foreign key (proposal_id) references matching_proposal (id) on delete cascade,
    constraint matching_proposal_member_volunteer_fkey foreign key (volunteer_id) references volunteer (id),
    constraint matching_proposal_member_seat_check check (seat between 0 and 2)
);
create index matching_proposal_member_volunteer_id_idx on matching_proposal_member (volunteer_id);

-- ---------------------------------------------------------------------------------------------
create sequence pairing_seq start with 1 increment by 50;
create table pairing (
    id           bigint       not null,
    need_id      bigint       not null,
    household_id bigint       not null,
    volunteer_id bigint       not null,
    proposal_id  bigint,
    status       varchar(8)   not null,
    since        timestamptz  not null,
    ended_at     timestamptz,
    end_reason   varchar(500),
    created_by   bigint       not null,
    updated_at   timestamptz  not null,
    version      bigint       not null default 0,
    constraint pairing_pkey primary key (id),
    constraint pairing_need_fkey foreign key (need_id) references need (id),
    constraint pairing_household_fkey foreign key (household_id) references household (id),
    constraint pairing_volunteer_fkey foreign key (volunteer_id) references volunteer (id),
    constraint pairing_proposal_fkey foreign key (proposal_id) references matching_proposal (id) on delete set null,
    constraint pairing_created_by_fkey foreign key (created_by) references user_account (id),
    constraint pairing_status_check check (status in ('ACTIVE', 'ENDED')),
    constraint pairing_ended_check check ((status = 'ENDED') = (ended_at is not null))
);
create unique index pairing_one_active_per_need on pairing (need_id) where status = 'ACTIVE';
create index pairing_need_id_idx on pairing (need_id);
create index pairing_household_id_idx on pairing (household_id, status);
create index pairing_volunteer_id_idx on pairing (volunteer_id, status);
create index pairing_proposal_id_idx on pairing (proposal_id);
create index pairing_created_by_idx on pairing (created_by);

create sequence support_group_seq start with 1 increment by 50;
create table support_group (
    id           bigint       not null,
    household_id bigint       not null,
    cadre_id     bigint       not null,
    status       varchar(8)   not null,
    formed_at    timestamptz  not null,
    ended_at     timestamptz,
    created_by   bigint       not null,
    updated_at   timestamptz  not null,
    version      bigint       not null default 0,
    constraint support_group_pkey primary key (id),
    constraint support_group_household_fkey foreign key (household_id) references household (id),
    constraint support_group_cadre_fkey foreign key (cadre_id) references cadre (id),
    constraint support_group_created_by_fkey foreign key (created_by) references user_account (id),
    constraint support_group_status_check check (status in ('ACTIVE', 'ENDED')),
    constraint support_group_ended_check check ((status = 'ENDED') = (ended_at is not null))
);
create unique index support_group_one_active_per_household on support_group (household_id) where status = 'ACTIVE';
create index support_group_household_id_idx on support_group (household_id);
create index support_group_cadre_id_idx on support_group (cadre_id, status);
create index support_group_created_by_idx on support_group (created_by);

-- The "3": a seat is held until the volunteer leaves; then another may take it.
create sequence support_group_member_seq start with 1 increment by 50;
create table support_group_member (
    id               bigint      not null,
    support_group_id bigint      not null,
    seat             smallint    not null,
    volunteer_id     bigint      not null,
    proposal_id      bigint,
    joined_at        timestamptz not null,
    left_at          timestamptz,
    constraint support_group_member_pkey primary key (id),
    constraint support_group_member_group_fkey foreign key (support_group_id) references support_group (id),
    constraint support_group_member_volunteer_fkey foreign key (volunteer_id) references volunteer (id),
    constraint support_group_member_proposal_fkey foreign key (proposal_id) references matching_proposal (id) on delete set null,
    constraint support_group_member_seat_check check (seat between 0 and 2)
);
create unique index support_group_member_seat_key on support_group_member (support_group_id, seat) where left_at is null;
create unique index support_group_member_volunteer_key on support_group_member (support_group_id, volunteer_id)
    where left_at is null;
create index support_group_member_group_id_idx on support_group_member (support_group_id);
create index support_group_member_volunteer_id_idx on support_group_member (volunteer_id, left_at);
create index support_group_member_proposal_id_idx on support_group_member (proposal_id);

-- The mother's needs the group took on when it formed or grew.
create table support_group_need (
    support_group_id bigint not null,
    need_id          bigint not null,
    constraint support_group_need_pkey primary key (support_group_id, need_id),
    constraint support_group_need_group_fkey foreign key (support_group_id) references support_group (id),
    constraint support_group_need_need_fkey foreign key (need_id) references need (id)
);
create index support_group_need_need_id_idx on support_group_need (need_id);

-- ---------------------------------------------------------------------------------------------
create sequence matching_conflict_seq start with 1 increment by 50;
create table matching_conflict (
    id           bigint       not null,
    volunteer_id bigint       not null,
    household_id bigint       not null,
    reason       varchar(500) not null,
    source       varchar(24)  not null,
    proposal_id  bigint,
    created_by   bigint       not null,
    created_at   timestamptz  not null,
    constraint matching_conflict_pkey primary key (id),
    constraint matching_conflict_volunteer_fkey foreign key (volunteer_id) references volunteer (id),
    constraint matching_conflict_household_fkey foreign key (household_id) references household (id),
    constraint matching_conflict_proposal_fkey foreign key (proposal_id) references matching_proposal (id) on delete set null,
    constraint matching_conflict_created_by_fkey foreign key (created_by) references user_account (id),
    constraint matching_conflict_source_check check (source in ('REJECTED_PROPOSAL', 'DECLARED'))
);
create unique index matching_conflict_pair_key on matching_conflict (volunteer_id, household_id);
create index matching_conflict_household_id_idx on matching_conflict (household_id);
create index matching_conflict_proposal_id_idx on matching_conflict (proposal_id);
create index matching_conflict_created_by_idx on matching_conflict (created_by);
