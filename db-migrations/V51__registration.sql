-- Registration applications (DOMAIN.md 4): drafts saved on the server, their documents, requests for
-- information, interviews and site visits, and the workflow state the dashboard groups by.
create sequence registration_application_id_seq increment by 50;
create table registration_application (
    id                  bigint primary key default nextval('registration_application_id_seq'),
    reference           varchar(16) not null unique,
    type                varchar(30) not null,
    status              varchar(20) not null,
    provider_id         varchar(12) not null references provider (id),
    location_id         varchar(12) references location (id),
    answers             jsonb not null default '{}',
    completed_sections  varchar(500) not null default '',
    created_by_id       bigint,
    created_by_name     varchar(254) not null,
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    stage_entered_at    timestamptz not null,
    submitted_at        timestamptz,
    declared_by         varchar(254),
    validated_at        timestamptz,
    returned_reasons    varchar(5000),
    inspector_id        bigint,
    inspector_name      varchar(254),
    decided_at          timestamptz,
    decision            varchar(5000),
    result_location_id  varchar(12),
    version             integer not null default 0
);
create index registration_application_provider on registration_application (provider_id, updated_at desc, id desc);
-- Queues and the dashboard: by status and age in stage.
create index registration_application_status on registration_application (status, stage_entered_at, id);
create index registration_application_type on registration_application (type, status);
create index registration_application_decided on registration_application (decided_at) where decided_at is not null;

create table registration_document (
    application_id bigint not null references registration_application (id),
    file_id        uuid not null references stored_file (id),
    kind           varchar(30) not null,
    name           varchar(255) not null,
    added_at       timestamptz not null,
    primary key (application_id, file_id)
);

create sequence registration_request_id_seq increment by 50;
create table registration_information_request (
    id             bigint primary key default nextval('registration_request_id_seq'),
    application_id bigint not null references registration_application (id),
    question       varchar(10000) not null,
    due_on         date not null,
    asked_by       varchar(254) not null,
    asked_at       timestamptz not null,
    answer         varchar(10000),
    answered_by    varchar(254),
    answered_at    timestamptz
);
create index registration_request_application on registration_information_request (application_id, asked_at);
create index registration_request_open on registration_information_request (due_on) where answer is null;

create sequence registration_record_id_seq increment by 50;
create table registration_assessment_record (
    id             bigint primary key default nextval('registration_record_id_seq'),
    application_id bigint not null references registration_application (id),
    kind           varchar(20) not null check (kind in ('INTERVIEW', 'SITE_VISIT')),
    held_on        date not null,
    subject        varchar(200) not null,
    satisfactory   boolean not null,
    notes          varchar(10000) not null,
    recorded_by    varchar(254) not null,
    recorded_at    timestamptz not null
);
create index registration_record_application on registration_assessment_record (application_id, held_on);

-- Locations added by granted applications get ids from 1-2000000000 up, clear of imported and demo ids.
create sequence registered_location_number_seq start with 2000000000 increment by 1;
