-- Risk-based planning (DOMAIN.md 5.1): each registered location's risk position, kept up to date by events and
-- a periodic batch (see README "Planning"), planned assessments and inspectors' capacity.
create table location_risk (
    location_id         varchar(12) primary key references location (id),
    location_name       varchar(200) not null,
    provider_id         varchar(12) not null,
    team                varchar(40) not null,
    region              varchar(30) not null,
    score               integer not null check (score between 0 and 100),
    reasons             varchar(4000) not null,
    rating              varchar(30),
    reinspection_due    date,
    reinspection_reason varchar(200),
    computed_at         timestamptz not null
);
-- The risk view: highest score first, whole country or one team and/or region, one index range per page.
create index location_risk_all on location_risk (score desc, location_id);
create index location_risk_team_region on location_risk (team, region, score desc, location_id);
create index location_risk_region on location_risk (region, score desc, location_id);
-- Re-inspection deadlines, soonest first.
create index location_risk_reinspection on location_risk (reinspection_due, location_id) where reinspection_due is not null;

create sequence planned_assessment_id_seq;
create table planned_assessment (
    id               bigint primary key default nextval('planned_assessment_id_seq'),
    location_id      varchar(12) not null references location (id),
    location_name    varchar(200) not null,
    team             varchar(40) not null,
    region           varchar(30),
    inspector_id     bigint not null,
    inspector_name   varchar(254) not null,
    planned_on       date not null,
    kind             varchar(30) not null,
    reasons          varchar(2000) not null,
    reinspection_due date,
    state            varchar(20) not null check (state in ('PLANNED', 'STARTED', 'CANCELLED')),
    assessment_id    varchar(64),
    started_on       date,
    cancel_reasons   varchar(2000),
    planned_by       varchar(254) not null,
    planned_at       timestamptz not null,
    version          integer not null default 0,
    check ((state = 'STARTED') = (started_on is not null))
);
-- At most one open plan per location.
create unique index planned_assessment_open on planned_assessment (location_id) where state = 'PLANNED';
create index planned_assessment_month on planned_assessment (planned_on, team, region) where state <> 'CANCELLED';
create index planned_assessment_inspector on planned_assessment (inspector_id, planned_on) where state <> 'CANCELLED';
create index planned_assessment_location on planned_assessment (location_id, started_on);

create table inspector_capacity (
    staff_id   bigint primary key,
    per_month  integer not null check (per_month between 0 and 100),
    changed_at timestamptz not null
);
