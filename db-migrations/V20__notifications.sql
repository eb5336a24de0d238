-- Statutory notifications from providers (DOMAIN.md 2.2): one row per submitted notification, its typed
-- details as JSON checked by the application against the type's form, the files attached to it, and the
-- drafts that providers keep on the server until they submit.
create sequence notification_id_seq increment by 50;
create table notification (
    id                bigint primary key default nextval('notification_id_seq'),
    reference         varchar(16) not null unique,
    provider_id       varchar(12) not null references provider (id),
    location_id       varchar(12) not null references location (id),
    type              varchar(60) not null,
    client_key        varchar(100) not null,
    payload_hash      varchar(64) not null,
    details           jsonb not null,
    event_date        date,
    late              boolean not null default false,
    submitted_via     varchar(10) not null check (submitted_via in ('PORTAL', 'API')),
    submitted_by_id   bigint,
    submitted_by_name varchar(254) not null,
    submitted_at      timestamptz not null
);
-- A client key is unique within its organisation: a resubmission with the same key is the same notification.
create unique index notification_client_key on notification (provider_id, client_key);
create index notification_provider_time on notification (provider_id, submitted_at desc, id desc);
create index notification_location_time on notification (location_id, submitted_at desc);

create table notification_attachment (
    notification_id bigint not null references notification (id),
    file_id         uuid not null references stored_file (id),
    name            varchar(255) not null,
    primary key (notification_id, file_id)
);

create table notification_draft (
    id              uuid primary key,
    provider_id     varchar(12) not null references provider (id),
    location_id     varchar(12) not null references location (id),
    type            varchar(60) not null,
    details         jsonb not null default '{}',
    attachments     jsonb not null default '[]',
    created_by_id   bigint,
    created_by_name varchar(254) not null,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    version         integer not null default 0
);
create index notification_draft_provider on notification_draft (provider_id, updated_at desc);
