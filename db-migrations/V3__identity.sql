-- Staff and provider user accounts, their roles and their signed-in sessions.
create table user_account (
    id              bigserial primary key,
    email           varchar(254) not null,
    display_name    varchar(200) not null,
    password_hash   varchar(400) not null,
    kind            varchar(20) not null check (kind in ('STAFF', 'PROVIDER')),
    provider_id     varchar(12) references provider (id),
    active          boolean not null default true,
    failed_sign_ins integer not null default 0,
    locked_until    timestamptz,
    last_sign_in_at timestamptz,
    created_at      timestamptz not null default now(),
    version         integer not null default 0,
    check ((kind = 'PROVIDER') = (provider_id is not null))
);
create unique index user_account_email on user_account (lower(email));
create index user_account_provider on user_account (provider_id);

create table user_role (
    user_id bigint not null references user_account (id),
    role    varchar(40) not null,
    primary key (user_id, role)
);

create table user_session (
    id           varchar(64) primary key,
    user_id      bigint not null references user_account (id),
    created_at   timestamptz not null,
    last_seen_at timestamptz not null,
    expires_at   timestamptz not null,
    ended_at     timestamptz,
    end_reason   varchar(40),
    source_ip    varchar(64),
    user_agent   varchar(300)
);
create index user_session_user on user_session (user_id, ended_at);
