-- What a family and a volunteer said at intake or on their own profile, so the matcher stops guessing:
-- the family's languages (own first), weekly free times (the volunteers' 21-slot mask), a gender wish and for
-- whom, how it likes to be contacted; the volunteer's preferred kinds of help and how far they travel; and,
-- for both, coordinates where known (the area code already says the compound). All of it is case-file data
-- on the household side: it is read only where the case file is.
alter table household
    add column availability_mask integer,
    add column gender_wish       varchar(8),
    add column gender_wish_for   varchar(8),
    add column contact_channel   varchar(16),
    add column latitude          double precision,
    add column longitude         double precision,
    add constraint household_availability_mask_check check (availability_mask between 0 and 2097151),
    add constraint household_gender_wish_check check (gender_wish in ('FEMALE', 'MALE')),
    add constraint household_gender_wish_for_check check (gender_wish_for in ('FAMILY', 'CHILD', 'MOTHER')),
    add constraint household_gender_wish_pair_check check ((gender_wish is null) = (gender_wish_for is null)),
    add constraint household_contact_channel_check check (contact_channel in ('PHONE', 'SMS', 'WECHAT', 'HOME_VISIT')),
    add constraint household_coordinates_check check ((latitude is null) = (longitude is null)
        and latitude between -90 and 90 and longitude between -180 and 180);

create table household_language (
    household_id bigint      not null,
    ordinal      integer     not null,
    language     varchar(16) not null,
    constraint household_language_pkey primary key (household_id, ordinal),
    constraint household_language_household_fkey foreign key (household_id) references household (id) on delete cascade
);

alter table volunteer
    add column travel_range varchar(12) not null default 'DISTRICT',
    add column latitude     double precision,
    add column longitude    double precision,
    add constraint volunteer_travel_range_check check (travel_range in ('STREET', 'DISTRICT', 'CITY')),
    add constraint volunteer_coordinates_check check ((latitude is null) = (longitude is null)
        and latitude between -90 and 90 and longitude between -180 and 180);

create table volunteer_preferred_category (
    volunteer_id bigint      not null,
    category     varchar(32) not null,
    constraint volunteer_preferred_category_pkey primary key (volunteer_id, category),
    constraint volunteer_preferred_category_volunteer_fkey foreign key (volunteer_id) references volunteer (id)
        on delete cascade
);
