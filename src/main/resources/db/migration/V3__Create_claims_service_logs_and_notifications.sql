-- Claiming open needs, logging the service delivered, and the notification outbox.

create extension if not exists pg_trgm;

alter table need add column escalated_at timestamptz;
update need set escalated_at = created_at;
alter table need alter column escalated_at set not null;
-- What the public may read of a need: the description with phone and ID numbers and the household's names
-- removed. Kept as a column so that board search runs over exactly the text shown, never the original.
alter table need add column public_description varchar(2000) not null default '';
-- The open-requests board reads open needs most urgent and oldest first, a page at a time.
create index need_board_idx on need (urgency_rank desc, created_at, id) where status = 'OPEN';
create index need_public_description_trgm_idx on need using gin (public_description gin_trgm_ops) where status = 'OPEN';

create sequence claim_seq start with 1 increment by 50;
create table claim (
    id              bigint        not null,
    need_id         bigint        not null,
    claimant_kind   varchar(16)   not null,
    volunteer_id    bigint,
    organisation_id bigint,
    claimed_by      bigint        not null,
    status          varchar(16)   not null,
    plan            varchar(1000) not null,
    promised_by     date          not null,
    decided_by      bigint,
    decided_at      timestamptz,
    decline_reason  varchar(500),
    delivered_at    timestamptz,
    confirmed_by    bigint,
    confirmed_at    timestamptz,
    satisfaction    smallint,
    feedback        varchar(1000),
    ended_at        timestamptz,
    end_reason      varchar(500),
    reminded_at     timestamptz,
    created_at      timestamptz   not null,
    updated_at      timestamptz   not null,
    version         bigint        not null default 0,
    constraint claim_pkey primary key (id),
    constraint claim_need_fkey foreign key (need_id) references need (id),
    constraint claim_volunteer_fkey foreign key (volunteer_id) references volunteer (id),
    constraint claim_organisation_fkey foreign key (organisation_id) references organisation (id),
    constraint claim_claimed_by_fkey foreign key (claimed_by) references user_account (id),
    constraint claim_decided_by_fkey foreign key (decided_by) references user_account (id),
    constraint claim_confirmed_by_fkey foreign key (confirmed_by) references user_account (id),
    constraint claim_claimant_kind_check check (
        (claimant_kind = 'VOLUNTEER' and volunteer_id is not null and organisation_id is null)
        or (claimant_kind = 'ORGANISATION' and organisation_id is not null and volunteer_id is null)),
    constraint claim_status_check check (status in
        ('PENDING', 'ACCEPTED', 'DELIVERED', 'CONFIRMED', 'DECLINED', 'RELEASED', 'EXPIRED')),
    constraint claim_satisfaction_check check (satisfaction between 1 and 5)
);
-- Exactly one active claim per need, whatever the application does: the database decides who won.
create unique index claim_one_active_per_need on claim (need_id) where status in ('PENDING', 'ACCEPTED', 'DELIVERED');
create index claim_need_id_idx on claim (need_id);
create index claim_volunteer_id_idx on claim (volunteer_id, status);
create index claim_organisation_id_idx on claim (organisation_id, status);
create index claim_claimed_by_idx on claim (claimed_by);
create index claim_decided_by_idx on claim (decided_by);
create index claim_confirmed_by_idx on claim (confirmed_by);
create index claim_expiry_idx on claim (status, created_at) where status in ('PENDING', 'ACCEPTED');

alter table disclosure add constraint disclosure_claim_fkey foreign key (claim_id) references claim (id);
create index disclosure_claim_id_idx on disclosure (claim_id);

-- Service delivered under a claim; the basis of person-time and hour statistics.
create sequence service_log_seq start with 1 increment by 50;
create table service_log (
    id              bigint        not null,
    claim_id        bigint        not null,
    need_id         bigint        not null,
    household_id    bigint        not null,
    volunteer_id    bigint,
    organisation_id bigint,
    category        varchar(32)   not null,
    served_on       date          not null,
    hours           numeric(6, 2) not null,
    person_times    integer       not null,
    note            varchar(1000),
    logged_by       bigint        not null,
    created_at      timestamptz   not null,
    constraint service_log_pkey primary key (id),
    constraint service_log_claim_fkey foreign key (claim_id) references claim (id),
    constraint service_log_need_fkey foreign key (need_id) references need (id),
    constraint service_log_household_fkey foreign key (household_id) references household (id),
    constraint service_log_volunteer_fkey foreign key (volunteer_id) references volunteer (id),
    constraint service_log_organisation_fkey foreign key (organisation_id) references organisation (id),
    constraint service_log_logged_by_fkey foreign key (logged_by) references user_account (id),
    constraint service_log_hours_check check (hours > 0 and hours <= 1000),
    constraint service_log_person_times_check check (person_times between 1 and 10000)
);
create index service_log_claim_id_idx on service_log (claim_id);
create index service_log_need_id_idx on service_log (need_id, served_on);
create index service_log_household_id_idx on service_log (household_id, served_on);
create index service_log_volunteer_id_idx on service_log (volunteer_id, served_on);
create index service_log_organisation_id_idx on service_log (organisation_id, served_on);
create index service_log_logged_by_idx on service_log (logged_by);
create index service_log_served_on_idx on service_log (served_on);

-- The outbox: written in the same transaction as the event it announces, delivered afterwards.
create sequence notification_seq start with 1 increment by 50;
create table notification (
    id                bigint        not null,
    recipient_id      bigint        not null,
    kind              varchar(32)   not null,
    subject           varchar(200)  not null,
    body              varchar(2000) not null,
    need_id           bigint,
    claim_id          bigint,
    created_at        timestamptz   not null,
    read_at           timestamptz,
    email_to          varchar(254),
    email_status      varchar(16)   not null,
    email_attempts    integer       not null default 0,
    next_attempt_at   timestamptz,
    last_error        varchar(300),
    sent_at           timestamptz,
    constraint notification_pkey primary key (id),
    constraint notification_recipient_fkey foreign key (recipient_id) references user_account (id),
    constraint notification_need_fkey foreign key (need_id) references need (id),
    constraint notification_claim_fkey foreign key (claim_id) references claim (id),
    constraint notification_email_status_check check (email_status in ('PENDING', 'SENT', 'FAILED', 'SKIPPED'))
);
create index notification_recipient_idx on notification (recipient_id, created_at desc);
create index notification_need_id_idx on notification (need_id);
create index notification_claim_id_idx on notification (claim_id);
create index notification_outbox_idx on notification (next_attempt_at) where email_status = 'PENDING';
