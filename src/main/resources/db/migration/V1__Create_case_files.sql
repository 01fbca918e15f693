-- Tongxing foundation: the address tree, case files (households and members), volunteers, cadres,
-- organisations, needs and the case timeline. Flyway owns the schema; Hibernate only validates it.
-- Enumerations are stored as text with CHECK constraints so the data stays readable in psql.

-- ---------------------------------------------------------------------------------------------
-- Address tree: district (6 digits) > street (9) > community (12) > compound (15).
create table area (
    code        varchar(15)  not null,
    parent_code varchar(15),
    level       varchar(16)  not null,
    name_zh     varchar(100) not null,
    name_en     varchar(100) not null,
    constraint area_pkey primary key (code),
    constraint area_parent_fkey foreign key (parent_code) references area (code),
    constraint area_code_format_check check (code ~ '^[0-9]{6}([0-9]{3}){0,3}$'),
    constraint area_level_check check (
        (level = 'DISTRICT' and length(code) = 6 and parent_code is null)
        or (level = 'STREET' and length(code) = 9)
        or (level = 'COMMUNITY' and length(code) = 12)
        or (level = 'COMPOUND' and length(code) = 15)),
    constraint area_parent_is_prefix_check check (parent_code is null or code like parent_code || '___')
);
create index area_parent_code_idx on area (parent_code);

-- ---------------------------------------------------------------------------------------------
-- Case files. One household per family; members carry the identity data that privacy rules guard.
create sequence household_seq start with 1 increment by 50;
create table household (
    id                      bigint        not null,
    area_code               varchar(15)   not null,
    address_line            varchar(200)  not null,
    hardship_category       varchar(32)   not null,
    composition             varchar(32)   not null,
    tier                    varchar(16)   not null,
    summary                 varchar(2000),
    contact_member_id       bigint,
    consent_data_processing boolean       not null default false,
    consent_share_contact   boolean       not null default false,
    consent_recorded_at     timestamptz,
    created_at              timestamptz   not null,
    updated_at              timestamptz   not null,
    version                 bigint        not null default 0,
    constraint household_pkey primary key (id),
    constraint household_area_fkey foreign key (area_code) references area (code),
    constraint household_hardship_category_check check (hardship_category in
        ('MINIMUM_ALLOWANCE', 'MARGINAL', 'EXTREMELY_POOR', 'EXPENDITURE_HARDSHIP', 'TEMPORARY_ASSISTANCE', 'NONE')),
    constraint household_composition_check check (composition in
        ('SINGLE_MOTHER', 'SINGLE_FATHER', 'ELDERLY_ALONE', 'ELDERLY_COUPLE', 'UNSUPPORTED_CHILDREN',
         'GRANDPARENT_CARER', 'DISABILITY', 'TWO_PARENT', 'OTHER')),
    constraint household_tier_check check (tier in ('INTENSIVE', 'REGULAR', 'STABLE'))
);
create index household_area_code_idx on household (area_code varchar_pattern_ops);
create index household_tier_idx on household (tier);
create index household_hardship_category_idx on household (hardship_category);
create index household_contact_member_id_idx on household (contact_member_id);

create sequence household_member_seq start with 1 increment by 50;
create table household_member (
    id           bigint        not null,
    household_id bigint        not null,
    name         varchar(50)   not null,
    relation     varchar(16)   not null,
    birth_date   date          not null,
    gender       varchar(8)    not null,
    phone        varchar(20),
    id_number    varchar(18),
    disability   varchar(200),
    notes        varchar(1000),
    created_at   timestamptz   not null,
    updated_at   timestamptz   not null,
    version      bigint        not null default 0,
    constraint household_member_pkey primary key (id),
    constraint household_member_household_fkey foreign key (household_id) references household (id) on delete cascade,
    constraint household_member_relation_check check (relation in
        ('HEAD', 'SPOUSE', 'CHILD', 'PARENT', 'GRANDPARENT', 'GRANDCHILD', 'SIBLING', 'OTHER')),
    constraint household_member_gender_check check (gender in ('FEMALE', 'MALE'))
);
create index household_member_household_id_idx on household_member (household_id);
-- One person, one file: the same resident ID number cannot sit in two households.
create unique index household_member_id_number_key on household_member (id_number) where id_number is not null;

alter table household add constraint household_contact_member_fkey
    foreign key (contact_member_id) references household_member (id) on delete set null;

-- ---------------------------------------------------------------------------------------------
-- People who help.
create sequence volunteer_seq start with 1 increment by 50;
create table volunteer (
    id                bigint       not null,
    name              varchar(50)  not null,
    phone             varchar(20),
    email             varchar(254),
    gender            varchar(8)   not null,
    area_code         varchar(15)  not null,
    availability_mask integer      not null default 0,
    capacity          smallint     not null default 1,
    vetting_status    varchar(16)  not null default 'PENDING',
    vetted_at         timestamptz,
    linked_member_id  bigint,
    bio               varchar(1000),
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null,
    version           bigint       not null default 0,
    constraint volunteer_pkey primary key (id),
    constraint volunteer_area_fkey foreign key (area_code) references area (code),
    constraint volunteer_linked_member_fkey foreign key (linked_member_id) references household_member (id) on delete set null,
    constraint volunteer_gender_check check (gender in ('FEMALE', 'MALE')),
    constraint volunteer_availability_mask_check check (availability_mask between 0 and 2097151),
    constraint volunteer_capacity_check check (capacity between 0 and 20),
    constraint volunteer_vetting_status_check check (vetting_status in ('PENDING', 'VETTED', 'REJECTED', 'SUSPENDED'))
);
create index volunteer_area_code_idx on volunteer (area_code varchar_pattern_ops);
create index volunteer_vetting_status_idx on volunteer (vetting_status);
create unique index volunteer_linked_member_id_key on volunteer (linked_member_id) where linked_member_id is not null;

create table volunteer_skill (
    volunteer_id bigint      not null,
    category     varchar(32) not null,
    constraint volunteer_skill_pkey primary key (volunteer_id, category),
    constraint volunteer_skill_volunteer_fkey foreign key (volunteer_id) references volunteer (id) on delete cascade
);
create index volunteer_skill_category_idx on volunteer_skill (category);

create table volunteer_language (
    volunteer_id bigint      not null,
    language     varchar(16) not null,
    constraint volunteer_language_pkey primary key (volunteer_id, language),
    constraint volunteer_language_volunteer_fkey foreign key (volunteer_id) references volunteer (id) on delete cascade
);

create table volunteer_qualification (
    volunteer_id  bigint       not null,
    qualification varchar(100) not null,
    constraint volunteer_qualification_pkey primary key (volunteer_id, qualification),
    constraint volunteer_qualification_volunteer_fkey foreign key (volunteer_id) references volunteer (id) on delete cascade
);

create sequence cadre_seq start with 1 increment by 50;
create table cadre (
    id         bigint       not null,
    name       varchar(50)  not null,
    phone      varchar(20),
    email      varchar(254),
    gender     varchar(8)   not null,
    unit       varchar(100) not null,
    title      varchar(50),
    area_code  varchar(15)  not null,
    capacity   smallint     not null default 3,
    created_at timestamptz  not null,
    updated_at timestamptz  not null,
    version    bigint       not null default 0,
    constraint cadre_pkey primary key (id),
    constraint cadre_area_fkey foreign key (area_code) references area (code),
    constraint cadre_gender_check check (gender in ('FEMALE', 'MALE')),
    constraint cadre_capacity_check check (capacity between 0 and 50)
);
create index cadre_area_code_idx on cadre (area_code varchar_pattern_ops);

create sequence organisation_seq start with 1 increment by 50;
create table organisation (
    id             bigint        not null,
    name           varchar(200)  not null,
    kind           varchar(32)   not null,
    credit_code    varchar(18),
    contact_name   varchar(50),
    contact_phone  varchar(20),
    email          varchar(254),
    area_code      varchar(15)   not null,
    vetting_status varchar(16)   not null default 'PENDING',
    vetted_at      timestamptz,
    description    varchar(2000),
    created_at     timestamptz   not null,
    updated_at     timestamptz   not null,
    version        bigint        not null default 0,
    constraint organisation_pkey primary key (id),
    constraint organisation_area_fkey foreign key (area_code) references area (code),
    constraint organisation_name_key unique (name),
    constraint organisation_kind_check check (kind in ('CHARITY', 'SOCIAL_WORK_AGENCY', 'ENTERPRISE', 'OTHER')),
    constraint organisation_vetting_status_check check (vetting_status in ('PENDING', 'VETTED', 'REJECTED', 'SUSPENDED'))
);
create unique index organisation_credit_code_key on organisation (credit_code) where credit_code is not null;
create index organisation_area_code_idx on organisation (area_code varchar_pattern_ops);
create index organisation_vetting_status_idx on organisation (vetting_status);

create table organisation_service_category (
    organisation_id bigint      not null,
    category        varchar(32) not null,
    constraint organisation_service_category_pkey primary key (organisation_id, category),
    constraint organisation_service_category_organisation_fkey foreign key (organisation_id) references organisation (id) on delete cascade
);
create index organisation_service_category_category_idx on organisation_service_category (category);

-- ---------------------------------------------------------------------------------------------
-- Needs: what a household asks for, handled at the lowest level first and escalated until claimed.
create sequence need_seq start with 1 increment by 50;
create table need (
    id            bigint        not null,
    household_id  bigint        not null,
    member_id     bigint,
    category      varchar(32)   not null,
    description   varchar(2000) not null,
    urgency       varchar(16)   not null,
    -- Sorting "most urgent first" needs an order, not the alphabet.
    urgency_rank  smallint      not null generated always as (case urgency
                      when 'CRITICAL' then 4 when 'HIGH' then 3 when 'NORMAL' then 2 else 1 end) stored,
    area_code     varchar(15)   not null,
    wanted_by     date,
    status        varchar(16)   not null default 'OPEN',
    visibility    varchar(16)   not null default 'COMMUNITY',
    cancel_reason varchar(500),
    created_at    timestamptz   not null,
    updated_at    timestamptz   not null,
    version       bigint        not null default 0,
    constraint need_pkey primary key (id),
    constraint need_household_fkey foreign key (household_id) references household (id) on delete cascade,
    constraint need_member_fkey foreign key (member_id) references household_member (id) on delete set null,
    constraint need_area_fkey foreign key (area_code) references area (code),
    constraint need_category_check check (category in ('JOB_TRAINING', 'TUTORING', 'PSYCHOLOGICAL_SUPPORT',
        'COMPANIONSHIP', 'DAILY_LIVING', 'LEGAL_AID', 'MEDICAL_REHABILITATION', 'SCHOLARSHIP')),
    constraint need_urgency_check check (urgency in ('LOW', 'NORMAL', 'HIGH', 'CRITICAL')),
    constraint need_status_check check (status in ('OPEN', 'CLAIMED', 'IN_PROGRESS', 'FULFILLED', 'CANCELLED')),
    constraint need_visibility_check check (visibility in ('COMMUNITY', 'STREET', 'DISTRICT', 'PUBLIC'))
);
create index need_household_id_idx on need (household_id);
create index need_member_id_idx on need (member_id);
create index need_area_code_idx on need (area_code varchar_pattern_ops);
create index need_status_urgency_created_idx on need (status, urgency_rank desc, created_at);
create index need_category_idx on need (category);
create index need_urgency_idx on need (urgency);
create index need_visibility_idx on need (visibility);
create index need_wanted_by_idx on need (wanted_by);
create index need_created_at_idx on need (created_at);

-- ---------------------------------------------------------------------------------------------
-- The case timeline: an append-only history of what happened to a household's file.
create sequence case_event_seq start with 1 increment by 50;
create table case_event (
    id           bigint       not null,
    household_id bigint       not null,
    need_id      bigint,
    occurred_at  timestamptz  not null,
    actor        varchar(100) not null,
    kind         varchar(40)  not null,
    summary      varchar(500) not null,
    details      jsonb,
    constraint case_event_pkey primary key (id),
    constraint case_event_household_fkey foreign key (household_id) references household (id) on delete cascade,
    constraint case_event_need_fkey foreign key (need_id) references need (id) on delete set null
);
create index case_event_household_occurred_idx on case_event (household_id, occurred_at desc, id desc);
create index case_event_need_id_idx on case_event (need_id);
