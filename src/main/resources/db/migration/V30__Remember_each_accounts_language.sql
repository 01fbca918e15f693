-- The language an account reads Tongxing in, so that notices (in-app and e-mail) are written to each
-- recipient in one language: the page language chosen last, or the one signed in with; Chinese by default.
alter table user_account
    add column language varchar(8) not null default 'zh-CN'
        constraint user_account_language_check check (language in ('zh-CN', 'en'));
