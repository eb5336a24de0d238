-- Outgoing email, written in the transaction of the event that causes it (so a committed event never loses
-- its email) and sent after commit; a sweeper sends whatever is left unsent. Rows are kept as a record of
-- what was sent, when, and after how many attempts.
create table mail_outbox (
    id              bigserial primary key,
    recipient       varchar(254) not null,
    subject         varchar(200) not null,
    body            text not null,
    category        varchar(40) not null,
    created_at      timestamptz not null,
    attempts        integer not null default 0,
    next_attempt_at timestamptz not null,
    claimed_until   timestamptz,
    last_error      varchar(500),
    sent_at         timestamptz
);
create index mail_outbox_unsent on mail_outbox (next_attempt_at) where sent_at is null;
