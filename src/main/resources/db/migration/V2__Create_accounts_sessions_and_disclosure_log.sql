-- Accounts, server-side sessions, login throttling and the disclosure log.

create sequence user_account_seq start with 1 increment by 50;
create table user_account (
    id                   bigint       not null,
    username             varchar(50)  not null,
    display_name         varchar(50)  not null,
    email                varchar(254),
    password_hash        varchar(100) not null,
    role                 varchar(16)  not null,
    area_code            varchar(15),
    organisation_id      bigint,
    volunteer_id         bigint,
    household_id         bigint,
    cadre_id             bigint,
    enabled              boolean      not null default true,
    must_change_password boolean      not null default false,
    password_changed_at  timestamptz  not null,
    last_login_at        timestamptz,
    created_at           timestamptz  not null,
    updated_at           timestamptz  not null,
    version              bigint       not null default 0,
    constraint user_account_pkey primary key (id),
    constraint user_account_username_key unique (username),
    constraint user_account_username_check check (username ~ '^[a-z0-9][a-z0-9._-]{2,49}$'),
    constraint user_account_role_check check (role in ('ADMIN', 'CADRE', 'WORKER', 'VOLUNTEER', 'ORG_MEMBER', 'FAMILY')),
    constraint user_account_area_fkey foreign key (area_code) references area (code),
    constraint user_account_organisation_fkey foreign key (organisation_id) references organisation (id),
    constraint user_account_volunteer_fkey foreign key (volunteer_id) references volunteer (id),
    constraint user_account_household_fkey foreign key (household_id) references household (id),
    constraint user_account_cadre_fkey foreign key (cadre_id) references cadre (id),
    -- Each role carries the link its permissions are computed from.
    constraint user_account_scope_check check (
        (role <> 'WORKER' or area_code is not null)
        and (role <> 'CADRE' or area_code is not null)
        and (role <> 'ORG_MEMBER' or organisation_id is not null)
        and (role <> 'VOLUNTEER' or volunteer_id is not null)
        and (role <> 'FAMILY' or household_id is not null))
);
create index user_account_area_code_idx on user_account (area_code varchar_pattern_ops);
create index user_account_organisation_id_idx on user_account (organisation_id);
create unique index user_account_volunteer_id_key on user_account (volunteer_id) where volunteer_id is not null;
create index user_account_household_id_idx on user_account (household_id);
create index user_account_cadre_id_idx on user_account (cadre_id);
create index user_account_role_idx on user_account (role);

-- A signed-in browser. Only a hash of the cookie value is stored, so a copy of this table signs nobody in.
create sequence user_session_seq start with 1 increment by 50;
create table user_session (
    id             bigint       not null,
    user_id        bigint       not null,
    token_hash     varchar(64)  not null,
    created_at     timestamptz  not null,
    last_seen_at   timestamptz  not null,
    expires_at     timestamptz  not null,
    revoked_at     timestamptz,
    revoked_reason varchar(32),
    address        varchar(64),
    user_agent     varchar(200),
    constraint user_session_pkey primary key (id),
    constraint user_session_token_hash_key unique (token_hash),
    constraint user_session_user_fkey foreign key (user_id) references user_account (id) on delete cascade
);
create index user_session_user_id_idx on user_session (user_id) where revoked_at is null;

-- Sign-in attempts, for throttling by account and by address across all instances.
create table login_attempt (
    id           bigint       generated always as identity,
    occurred_at  timestamptz  not null,
    username     varchar(50)  not null,
    address      varchar(64)  not null,
    succeeded    boolean      not null,
    constraint login_attempt_pkey primary key (id)
);
create index login_attempt_username_idx on login_attempt (username, occurred_at desc);
create index login_attempt_address_idx on login_attempt (address, occurred_at desc);

-- Every time a family's identity is shown to someone other than its case workers.
create table disclosure (
    id              bigint       generated always as identity,
    occurred_at     timestamptz  not null,
    viewer_id       bigint       not null,
    viewer_username varchar(50)  not null,
    viewer_role     varchar(16)  not null,
    household_id    bigint       not null,
    need_id         bigint,
    claim_id        bigint,
    fields          varchar(300) not null,
    purpose         varchar(40)  not null,
    channel         varchar(16)  not null,
    constraint disclosure_pkey primary key (id),
    constraint disclosure_viewer_fkey foreign key (viewer_id) references user_account (id),
    constraint disclosure_household_fkey foreign key (household_id) references household (id),
    constraint disclosure_need_fkey foreign key (need_id) references need (id),
    constraint disclosure_channel_check check (channel in ('API', 'PAGE', 'EXPORT'))
);
create index disclosure_household_idx on disclosure (household_id, occurred_at desc);
create index disclosure_viewer_id_idx on disclosure (viewer_id);
create index disclosure_need_id_idx on disclosure (need_id);

-- Audit records are append-only for everyone, the application included.
create function forbid_audit_change() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only', tg_table_name using errcode = '55000';
end
$$;
create trigger disclosure_append_only before update or delete on disclosure
    for each row execute function forbid_audit_change();
create trigger case_event_append_only before update or delete on case_event
    for each row execute function forbid_audit_change();
