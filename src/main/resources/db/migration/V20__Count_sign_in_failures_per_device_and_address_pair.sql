-- Sign-in throttling after OWASP's guidance: failures are counted per account and address pair, per address, and
-- per known device (a browser that signed in before carries a device cookie; its hash is kept here), so that no one
-- can lock an account for others. A deferral is a refused first attempt of a pair while its account is under attack:
-- it starts that pair's bounded wait and is counted as no failure.
alter table login_attempt add column device varchar(64);
alter table login_attempt add column deferred boolean not null default false;
create index login_attempt_pair_idx on login_attempt (username, address, occurred_at desc);
create index login_attempt_device_idx on login_attempt (device, username, occurred_at desc) where device is not null;
