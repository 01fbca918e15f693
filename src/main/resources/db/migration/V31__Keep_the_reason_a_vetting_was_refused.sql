-- Why a volunteer's or an organisation's vetting was refused or suspended, written for the applicant to read.
alter table volunteer
    add column vetting_note varchar(500);
alter table organisation
    add column vetting_note varchar(500);
