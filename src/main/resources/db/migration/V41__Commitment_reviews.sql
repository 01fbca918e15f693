-- Mid-term and final reviews of a pair or group (Nanping's 陪跑式 evaluations): the family's rating (entered by its
-- worker where it has no account), the volunteer's, and the cadre's outcome per dimension. One row per commitment
-- and kind, filled in by its three sides in any order.
create sequence commitment_review_seq start with 1 increment by 50;
create table commitment_review (
    id                bigint       not null,
    pairing_id        bigint,
    support_group_id  bigint,
    household_id      bigint       not null,
    kind              varchar(8)   not null,
    family_rating     smallint,
    family_comment    varchar(500),
    family_by         bigint,
    volunteer_rating  smallint,
    volunteer_comment varchar(500),
    volunteer_by      bigint,
    outcomes          varchar(200),
    improved          boolean,
    outcome_by        bigint,
    updated_at        timestamptz  not null,
    version           bigint       not null default 0,
    constraint commitment_review_pkey primary key (id),
    constraint commitment_review_pairing_fkey foreign key (pairing_id) references pairing (id),
    constraint commitment_review_support_group_fkey foreign key (support_group_id) references support_group (id),
    constraint commitment_review_household_fkey foreign key (household_id) references household (id),
    constraint commitment_review_family_by_fkey foreign key (family_by) references user_account (id),
    constraint commitment_review_volunteer_by_fkey foreign key (volunteer_by) references user_account (id),
    constraint commitment_review_outcome_by_fkey foreign key (outcome_by) references user_account (id),
    constraint commitment_review_one_commitment_check check (num_nonnulls(pairing_id, support_group_id) = 1),
    constraint commitment_review_kind_check check (kind in ('MIDTERM', 'FINAL')),
    constraint commitment_review_family_rating_check check (family_rating between 1 and 5),
    constraint commitment_review_volunteer_rating_check check (volunteer_rating between 1 and 5)
);
create unique index commitment_review_pairing_key on commitment_review (pairing_id, kind);
create unique index commitment_review_support_group_key on commitment_review (support_group_id, kind);
create index commitment_review_household_id_idx on commitment_review (household_id);
create index commitment_review_family_by_idx on commitment_review (family_by);
create index commitment_review_volunteer_by_idx on commitment_review (volunteer_by);
create index commitment_review_outcome_by_idx on commitment_review (outcome_by);
