-- Provider portal accounts: many users per organisation with location scopes, invitations, cover,
-- password reset, second factor, organisation settings and administrator recovery requests.

alter table user_account
    add column removed_at          timestamptz,
    add column password_changed_at timestamptz,
    add column mfa_secret          varchar(64),
    add column mfa_enabled_at      timestamptz,
    add column mfa_last_step       bigint;

-- Locations a location manager or contributor works with. Administrators and read-only users see all.
create table user_location_scope (
    user_id     bigint not null references user_account (id),
    location_id varchar(12) not null references location (id),
    primary key (user_id, location_id)
);
create index user_location_scope_location on user_location_scope (location_id);

-- One-time recovery codes for the second factor; only hashes are kept.
create table mfa_recovery_code (
    id        bigserial primary key,
    user_id   bigint not null references user_account (id),
    code_hash varchar(64) not null,
    used_at   timestamptz
);
create index mfa_recovery_code_user on mfa_recovery_code (user_id);

-- Invitations to join an organisation: single use, expiring; only the hash of the link's token is kept.
create table invitation (
    id              bigserial primary key,
    provider_id     varchar(12) not null references provider (id),
    email           varchar(254) not null,
    display_name    varchar(200) not null,
    role            varchar(40) not null,
    origin          varchar(20) not null check (origin in ('COLLEAGUE', 'REGISTER', 'STAFF_RECOVERY')),
    token_hash      varchar(64) not null unique,
    invited_by      bigint references user_account (id),
    created_at      timestamptz not null,
    expires_at      timestamptz not null,
    accepted_at     timestamptz,
    accepted_user   bigint references user_account (id),
    revoked_at      timestamptz,
    version         integer not null default 0
);
create index invitation_provider on invitation (provider_id, created_at desc);

create table invitation_location (
    invitation_id bigint not null references invitation (id),
    location_id   varchar(12) not null references location (id),
    primary key (invitation_id, location_id)
);

-- Temporary cover: one user works with another's locations from a start date to an end date (inclusive).
create table location_cover (
    id            bigserial primary key,
    provider_id   varchar(12) not null references provider (id),
    covering_user bigint not null references user_account (id),
    covered_user  bigint not null references user_account (id),
    starts_on     date not null,
    ends_on       date not null,
    reason        varchar(300),
    granted_by    bigint references user_account (id),
    created_at    timestamptz not null,
    ended_at      timestamptz,
    check (ends_on >= starts_on),
    check (covering_user <> covered_user)
);
create index location_cover_covering on location_cover (covering_user, ends_on);
create index location_cover_provider on location_cover (provider_id, ends_on desc);

-- Password reset links: single use, short-lived; only the hash of the token is kept.
create table password_reset (
    id         bigserial primary key,
    user_id    bigint not null references user_account (id),
    token_hash varchar(64) not null unique,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at    timestamptz,
    source_ip  varchar(64)
);
create index password_reset_user on password_reset (user_id, created_at desc);

-- Security settings an organisation's administrators choose.
create table organisation_security (
    provider_id  varchar(12) primary key references provider (id),
    mfa_required boolean not null default false,
    updated_at   timestamptz not null,
    updated_by   bigint references user_account (id)
);

-- Requests to the regulator for a new administrator when an organisation's administrators are unavailable.
create table admin_recovery_request (
    id              bigserial primary key,
    provider_id     varchar(12) not null references provider (id),
    requester_name  varchar(200) not null,
    requester_email varchar(254) not null,
    requester_role  varchar(200) not null,
    reason          varchar(2000) not null,
    source_ip       varchar(64),
    created_at      timestamptz not null,
    status          varchar(20) not null check (status in ('PENDING', 'GRANTED', 'REJECTED')),
    decided_by      bigint references user_account (id),
    decided_at      timestamptz,
    decision_note   varchar(2000),
    invitation_id   bigint references invitation (id),
    version         integer not null default 0
);
create index admin_recovery_request_pending on admin_recovery_request (created_at) where status = 'PENDING';
create index admin_recovery_request_provider on admin_recovery_request (provider_id, created_at desc);

-- A removed user's address may join again (here or elsewhere): only accounts not removed must be unique.
drop index user_account_email;
create unique index user_account_email on user_account (lower(email)) where removed_at is null;
