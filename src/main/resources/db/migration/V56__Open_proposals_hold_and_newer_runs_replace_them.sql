-- An open proposal holds its volunteers' places and its needs until it is decided; a newer run of the same kind over
-- the same households replaces it (EXPIRED) instead of planning around it.
alter table matching_proposal drop constraint matching_proposal_status_check;
alter table matching_proposal add constraint matching_proposal_status_check
    check (status in ('PROPOSED', 'ACCEPTED', 'REJECTED', 'FAILED', 'EXPIRED'));
