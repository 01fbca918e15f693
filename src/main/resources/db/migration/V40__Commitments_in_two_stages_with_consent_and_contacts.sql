-- After the match: a pair or group starts as a trial (试结对) that the volunteer confirms and the household
-- consents to, and that a cadre then makes formal (正式结对). Pairs and groups made before this migration were
-- made by a cadre alone; they stay as they were (formal, the volunteer counted as having agreed) but without the
-- household's consent, so nobody sees more of those families than before.
alter table pairing
    add column stage                  varchar(8)  not null default 'FORMAL',
    add column trial_ends_on          date,
    add column formal_since           timestamptz,
    add column volunteer_answer       varchar(10) not null default 'CONFIRMED',
    add column volunteer_answer_due   timestamptz,
    add column volunteer_shares_phone boolean     not null default false,
    add column household_consented_at timestamptz,
    add column household_consented_by bigint,
    add column rhythm                 varchar(12) not null default 'FORTNIGHTLY',
    add column end_kind               varchar(16),
    add column last_contact_on        date,
    add column quiet_level            smallint    not null default 0,
    add constraint pairing_stage_check check (stage in ('TRIAL', 'FORMAL')),
    add constraint pairing_volunteer_answer_check check (volunteer_answer in ('PENDING', 'CONFIRMED', 'DECLINED')),
    add constraint pairing_rhythm_check check (rhythm in ('WEEKLY', 'FORTNIGHTLY', 'MONTHLY')),
    add constraint pairing_quiet_level_check check (quiet_level between 0 and 2),
    add constraint pairing_household_consented_by_fkey foreign key (household_consented_by) references user_account (id);
create index pairing_household_consented_by_idx on pairing (household_consented_by);

alter table support_group
    add column stage                  varchar(8)  not null default 'FORMAL',
    add column trial_ends_on          date,
    add column formal_since           timestamptz,
    add column household_consented_at timestamptz,
    add column household_consented_by bigint,
    add column end_kind               varchar(16),
    add column last_contact_on        date,
    add column quiet_level            smallint    not null default 0,
    add constraint support_group_stage_check check (stage in ('TRIAL', 'FORMAL')),
    add constraint support_group_quiet_level_check check (quiet_level between 0 and 2),
    add constraint support_group_household_consented_by_fkey foreign key (household_consented_by)
        references user_account (id);
create index support_group_household_consented_by_idx on support_group (household_consented_by);

alter table support_group_member
    add column answer        varchar(10) not null default 'CONFIRMED',
    add column answer_due    timestamptz,
    add column shares_phone  boolean     not null default false,
    add constraint support_group_member_answer_check check (answer in ('PENDING', 'CONFIRMED', 'DECLINED'));

-- "A bad fit" on ending keeps the two apart in later runs; "moved away" or "no time now" does not.
alter table matching_conflict drop constraint matching_conflict_source_check;
alter table matching_conflict add constraint matching_conflict_source_check
    check (source in ('REJECTED_PROPOSAL', 'DECLARED', 'LEFT_BY_VOLUNTEER', 'BAD_FIT'));

-- One service model: a service is delivered under exactly one claim, pair or group. A claim's rows are as before.
alter table service_log
    alter column claim_id drop not null,
    alter column need_id drop not null,
    add column pairing_id       bigint,
    add column support_group_id bigint,
    add constraint service_log_pairing_fkey foreign key (pairing_id) references pairing (id),
    add constraint service_log_support_group_fkey foreign key (support_group_id) references support_group (id),
    add constraint service_log_one_source_check check (num_nonnulls(claim_id, pairing_id, support_group_id) = 1),
    add constraint service_log_claim_need_check check (claim_id is null or need_id is not null);
create index service_log_pairing_id_idx on service_log (pairing_id, served_on);
create index service_log_support_group_id_idx on service_log (support_group_id, served_on);

-- A contact of a pair or group (the case-contact log): the details beyond what the service log counts.
create sequence commitment_contact_seq start with 1 increment by 50;
create table commitment_contact (
    id               bigint        not null,
    service_log_id   bigint        not null,
    pairing_id       bigint,
    support_group_id bigint,
    channel          varchar(16)   not null,
    dimensions       varchar(120)  not null,
    participants     varchar(500)  not null,
    follow_up        varchar(500),
    created_at       timestamptz   not null,
    constraint commitment_contact_pkey primary key (id),
    constraint commitment_contact_service_log_fkey foreign key (service_log_id) references service_log (id),
    constraint commitment_contact_pairing_fkey foreign key (pairing_id) references pairing (id),
    constraint commitment_contact_support_group_fkey foreign key (support_group_id) references support_group (id),
    constraint commitment_contact_one_commitment_check check (num_nonnulls(pairing_id, support_group_id) = 1),
    constraint commitment_contact_channel_check
        check (channel in ('HOME_VISIT', 'PHONE', 'MESSAGING', 'GROUP_ACTIVITY', 'ONLINE'))
);
create unique index commitment_contact_service_log_key on commitment_contact (service_log_id);
create index commitment_contact_pairing_id_idx on commitment_contact (pairing_id);
create index commitment_contact_support_group_id_idx on commitment_contact (support_group_id);
