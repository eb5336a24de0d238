-- Information of concern from the public and from staff of services (DOMAIN.md 2.4): "give feedback on
-- care" and whistleblowing. No sign-in; the person may stay anonymous. The client address is kept only as a
-- salted hash, to apply the per-address submission limit.
create sequence concern_id_seq increment by 50;
create table concern (
    id                    bigint primary key default nextval('concern_id_seq'),
    reference             varchar(16) not null unique,
    kind                  varchar(20) not null check (kind in ('FEEDBACK', 'WHISTLEBLOWING')),
    location_id           varchar(12) references location (id),
    service_name          varchar(200),
    service_town          varchar(100),
    topic                 varchar(40) not null,
    what_happened         varchar(8000) not null,
    when_happened         date,
    relationship          varchar(40) not null,
    immediate_risk        boolean not null,
    raised_with_provider  varchar(10) not null,
    anonymous             boolean not null,
    reporter_name         varchar(200),
    reporter_email        varchar(254),
    reporter_phone        varchar(30),
    may_contact           boolean not null default false,
    source_hash           varchar(64) not null,
    received_at           timestamptz not null
);
create index concern_source_time on concern (source_hash, received_at desc);
create index concern_location_time on concern (location_id, received_at desc);
