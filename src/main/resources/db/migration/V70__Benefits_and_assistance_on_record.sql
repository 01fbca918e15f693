-- Benefits a household receives or has applied for (低保, 特困供养, 临时救助, the two disability subsidies, …) and
-- one-off assistance it was given (cash, goods with their value, festival visits): the amounts the district's
-- annual summary counts per assistance type. A benefit may be one member's (a disability subsidy); removing the
-- member keeps the household's record.
create sequence benefit_seq start with 1 increment by 50;
create table benefit (
    id                 bigint        not null,
    household_id       bigint        not null,
    member_id          bigint,
    kind               varchar(32)   not null,
    status             varchar(12)   not null,
    applied_on         date,
    decided_on         date,
    ended_on           date,
    monthly_amount     numeric(10,2),
    one_off_amount     numeric(12,2),
    recheck_on         date,
    note               varchar(500),
    created_at         timestamptz   not null,
    updated_at         timestamptz   not null,
    version            bigint        not null default 0,
    constraint benefit_pkey primary key (id),
    constraint benefit_household_fkey foreign key (household_id) references household (id),
    constraint benefit_member_fkey foreign key (member_id) references household_member (id) on delete set null,
    constraint benefit_kind_check check (kind in ('MINIMUM_LIVING', 'EXTREME_POVERTY', 'TEMPORARY_ASSISTANCE',
        'DISABILITY_LIVING_SUBSIDY', 'DISABILITY_CARE_SUBSIDY', 'UNSUPPORTED_CHILD_ALLOWANCE', 'OLD_AGE_ALLOWANCE',
        'MEDICAL_ASSISTANCE', 'EDUCATION_ASSISTANCE')),
    constraint benefit_status_check check (status in ('CONSIDERING', 'APPLIED', 'GRANTED', 'REFUSED', 'ENDED')),
    constraint benefit_amounts_check check (coalesce(monthly_amount, 0) >= 0 and coalesce(one_off_amount, 0) >= 0),
    constraint benefit_dates_check check (decided_on is null or applied_on is null or decided_on >= applied_on),
    constraint benefit_end_check check (ended_on is null or decided_on is null or ended_on >= decided_on)
);
create index benefit_household_id_idx on benefit (household_id);
create index benefit_member_id_idx on benefit (member_id);
create index benefit_recheck_idx on benefit (recheck_on) where status = 'GRANTED';

-- Each re-check date announced to the workers, once (a new date is announced again); kept apart from the benefit so
-- that the job never changes the version a worker's edit carries.
create table benefit_recheck_notice (
    benefit_id  bigint      not null,
    recheck_on  date        not null,
    sent_at     timestamptz not null,
    constraint benefit_recheck_notice_pkey primary key (benefit_id, recheck_on),
    constraint benefit_recheck_notice_benefit_fkey foreign key (benefit_id) references benefit (id)
);

create sequence assistance_record_seq start with 1 increment by 50;
create table assistance_record (
    id            bigint        not null,
    household_id  bigint        not null,
    kind          varchar(16)   not null,
    given_on      date          not null,
    amount        numeric(12,2) not null,
    what          varchar(200)  not null,
    given_by      varchar(100),
    recorded_by   bigint        not null,
    created_at    timestamptz   not null,
    constraint assistance_record_pkey primary key (id),
    constraint assistance_record_household_fkey foreign key (household_id) references household (id),
    constraint assistance_record_recorded_by_fkey foreign key (recorded_by) references user_account (id),
    constraint assistance_record_kind_check check (kind in ('CASH', 'IN_KIND', 'FESTIVAL_VISIT')),
    constraint assistance_record_amount_check check (amount >= 0)
);
create index assistance_record_household_id_idx on assistance_record (household_id, given_on);
create index assistance_record_recorded_by_idx on assistance_record (recorded_by);
