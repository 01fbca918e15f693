-- The outbox sender no longer holds a transaction (and its row locks) while it talks SMTP: it leases due rows
-- in one short transaction, sends outside any transaction and records each outcome in another. The token names
-- the sender holding the lease, so only that sender records the outcome; once lease_until has passed (a sender
-- that died mid-batch), any sender may take the row again.
alter table notification add column lease_until timestamptz;
alter table notification add column lease_token uuid;
alter table notification add constraint notification_lease_check
    check ((lease_until is null) = (lease_token is null));
