-- Legal notices and letters (DOMAIN.md 4.2 and 6.2), shared by registration and enforcement: one row per
-- notice served on a provider, about a subject of another context (an application, an enforcement case),
-- with the clocks computed from its kind and served date stored so that overdue steps can be queried; its
-- PDF as served; and the written representations the provider makes in the portal.
create sequence notice_id_seq increment by 50;
create table notice (
    id                   bigint primary key default nextval('notice_id_seq'),
    reference            varchar(16) not null unique,
    kind                 varchar(40) not null,
    subject_type         varchar(40) not null,
    subject_id           varchar(40) not null,
    provider_id          varchar(12) not null references provider (id),
    location_id          varchar(12) references location (id),
    title                varchar(300) not null,
    served_on            date not null,
    appealable           boolean not null default false,
    representations_due  date,
    appeal_due           date,
    compliance_due       date,
    takes_effect_on      date,
    appeal_lodged_on     date,
    appeal_decided_on    date,
    appeal_outcome       varchar(20),
    status               varchar(20) not null check (status in ('OPEN', 'WITHDRAWN', 'CONCLUDED')),
    outcome              varchar(2000),
    issued_by_id         bigint,
    issued_by_name       varchar(254) not null,
    issued_at            timestamptz not null,
    closed_at            timestamptz,
    version              integer not null default 0
);
create index notice_subject on notice (subject_type, subject_id, served_on);
create index notice_provider on notice (provider_id, served_on desc, id desc);
-- Overdue steps are looked for among open notices only.
create index notice_open_reps on notice (representations_due) where status = 'OPEN';
create index notice_open_effect on notice (takes_effect_on) where status = 'OPEN';
create index notice_open_compliance on notice (compliance_due) where status = 'OPEN';

create table notice_document (
    notice_id    bigint primary key references notice (id),
    file_name    varchar(200) not null,
    content_type varchar(100) not null,
    size_bytes   bigint not null,
    sha256       varchar(64) not null,
    content      bytea not null
);

create sequence notice_representation_id_seq increment by 50;
create table notice_representation (
    id            bigint primary key default nextval('notice_representation_id_seq'),
    notice_id     bigint not null references notice (id),
    text          text not null,
    made_by_id    bigint,
    made_by_name  varchar(254) not null,
    made_at       timestamptz not null,
    made_on       date not null
);
create index notice_representation_notice on notice_representation (notice_id, made_at);
