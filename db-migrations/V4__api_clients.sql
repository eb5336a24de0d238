-- API clients: machine credentials of a provider organisation for the REST API (Bearer keys).
-- Only a hash of each key is stored; the key itself is shown once, when it is created.
create table api_client (
    id           bigserial primary key,
    provider_id  varchar(12) not null references provider (id),
    name         varchar(100) not null,
    key_prefix   varchar(12) not null,
    key_hash     varchar(64) not null unique,
    created_by   bigint references user_account (id),
    created_at   timestamptz not null,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index api_client_provider on api_client (provider_id);
