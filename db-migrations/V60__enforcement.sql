-- Enforcement cases (DOMAIN.md 6): the four-stage decision tree, its decisions and meetings, the evidence a case
-- rests on, and the actions taken with their legal clocks.
create sequence enforcement_case_id_seq;
create sequence enforcement_case_reference_seq;
create table enforcement_case (
    id               bigint primary key default nextval('enforcement_case_id_seq'),
    reference        varchar(16) not null unique,
    provider_id      varchar(12) not null references provider (id),
    provider_name    varchar(200) not null,
    location_id      varchar(12) references location (id),
    location_name    varchar(200),
    region           varchar(30),
    origin           varchar(30) not null check (origin in ('TRIAGE', 'ASSESSMENT_FINDING', 'DIRECT')),
    origin_reference varchar(200),
    summary          varchar(4000) not null,
    stage            varchar(40) not null check (stage in ('INITIAL_ASSESSMENT', 'LEGAL_AND_EVIDENTIAL_REVIEW',
                         'SELECTION_OF_ACTION', 'FINAL_REVIEW', 'ACTION', 'CLOSED')),
    stage_entered_at timestamptz not null,
    breach           varchar(1000),
    action_kind      varchar(40),
    action_detail    varchar(2000),
    action_taken     boolean not null default false,
    opened_by        varchar(254) not null,
    opened_at        timestamptz not null,
    closed_at        timestamptz,
    version          integer not null default 0,
    check ((stage = 'CLOSED') = (closed_at is not null))
);
-- One case per triaged item or finding: opening twice from the same source finds the first.
create unique index enforcement_case_origin on enforcement_case (origin, origin_reference)
    where origin_reference is not null and origin <> 'DIRECT';
-- The board: open cases by stage, oldest at their stage first.
create index enforcement_case_open_stage on enforcement_case (stage, stage_entered_at, id) where stage <> 'CLOSED';
create index enforcement_case_location on enforcement_case (location_id, opened_at desc);
create index enforcement_case_provider on enforcement_case (provider_id, opened_at desc);

create sequence enforcement_decision_id_seq;
create table enforcement_decision (
    id                bigint primary key default nextval('enforcement_decision_id_seq'),
    case_id           bigint not null references enforcement_case (id),
    stage             varchar(40) not null,
    decision          varchar(40) not null,
    reasons           varchar(4000) not null,
    meeting_kind      varchar(40),
    meeting_date      date,
    meeting_attendees varchar(1000),
    decided_by        varchar(254) not null,
    decided_at        timestamptz not null
);
create index enforcement_decision_case on enforcement_decision (case_id, decided_at);

create sequence enforcement_evidence_id_seq;
create table enforcement_evidence (
    id          bigint primary key default nextval('enforcement_evidence_id_seq'),
    case_id     bigint not null references enforcement_case (id),
    kind        varchar(30) not null check (kind in ('TRIAGE_ITEM', 'ASSESSMENT_FINDING', 'FILE', 'NOTE')),
    reference   varchar(200),
    description varchar(2000) not null,
    added_by    varchar(254) not null,
    added_at    timestamptz not null
);
create index enforcement_evidence_case on enforcement_evidence (case_id, added_at);

create sequence enforcement_action_id_seq;
create table enforcement_action (
    id                          bigint primary key default nextval('enforcement_action_id_seq'),
    case_id                     bigint not null references enforcement_case (id),
    kind                        varchar(40) not null,
    state                       varchar(40) not null check (state in ('SERVED', 'REPRESENTATIONS_RECEIVED', 'DECIDED',
                                    'APPEALED', 'IN_FORCE', 'WITHDRAWN', 'COMPLETED')),
    detail                      varchar(2000),
    served_on                   date not null,
    representations_due         date,
    representations_received_on date,
    representations             varchar(4000),
    decision_served_on          date,
    appeal_due                  date,
    appeal_lodged_on            date,
    takes_effect_on             date,
    in_force_on                 date,
    next_due                    date,
    first_notice_id             varchar(64),
    decision_notice_id          varchar(64),
    version                     integer not null default 0
);
create index enforcement_action_case on enforcement_action (case_id, id);
-- Clocks: actions whose next step is due, soonest first (overdue ones are those due before today).
create index enforcement_action_next_due on enforcement_action (next_due) where next_due is not null;
