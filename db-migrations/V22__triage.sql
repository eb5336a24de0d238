-- The triage queue: one item for every notification and concern, each in exactly one state, in one queue
-- (team and region), ordered by risk and due time. Decisions are kept as a history of their own.
create sequence triage_item_id_seq increment by 50;
create table triage_item (
    id              bigint primary key default nextval('triage_item_id_seq'),
    reference       varchar(16) not null unique,
    source_kind     varchar(20) not null check (source_kind in ('NOTIFICATION', 'CONCERN')),
    source_id       bigint not null,
    category        varchar(60) not null,
    theme           varchar(40) not null,
    summary         varchar(300) not null,
    location_id     varchar(12) references location (id),
    location_name   varchar(200),
    provider_id     varchar(12) references provider (id),
    team            varchar(40) not null,
    region          varchar(30),
    risk_score      integer not null check (risk_score between 0 and 100),
    risk_reasons    varchar(2000) not null,
    received_at     timestamptz not null,
    due_at          timestamptz not null,
    state           varchar(30) not null check (state in ('NEW', 'ASSIGNED', 'AWAITING_INFORMATION', 'CLOSED')),
    assignee_id     bigint,
    assignee_name   varchar(254),
    outcome         varchar(40),
    outcome_reasons varchar(4000),
    decided_at      timestamptz,
    version         integer not null default 0,
    check ((state = 'CLOSED') = (outcome is not null and decided_at is not null)),
    check ((state = 'ASSIGNED') <= (assignee_id is not null))
);
create unique index triage_item_source on triage_item (source_kind, source_id);
-- Open queues, ordered as staff work them: highest risk first, then soonest due. Partial indexes keep the
-- millions of closed items out of the way; each serves one combination of filters without sorting, and
-- carries the state so that a queue filtered by state is counted from the index alone.
create index triage_open_all on triage_item (risk_score desc, due_at, id) include (state) where state <> 'CLOSED';
create index triage_open_team on triage_item (team, risk_score desc, due_at, id) include (state) where state <> 'CLOSED';
create index triage_open_team_region on triage_item (team, region, risk_score desc, due_at, id) include (state)
    where state <> 'CLOSED';
create index triage_open_region on triage_item (region, risk_score desc, due_at, id) include (state) where state <> 'CLOSED';
create index triage_open_assignee on triage_item (assignee_id, risk_score desc, due_at, id) include (state)
    where state <> 'CLOSED';
create index triage_open_due on triage_item (due_at) include (team, region, state) where state <> 'CLOSED';
-- A location's timeline, and the risk rules' look-back over recent items and their themes at a location.
create index triage_location_time on triage_item (location_id, received_at desc) include (theme);

create sequence triage_decision_id_seq increment by 50;
create table triage_decision (
    id            bigint primary key default nextval('triage_decision_id_seq'),
    item_id       bigint not null references triage_item (id),
    outcome       varchar(40) not null,
    reasons       varchar(4000) not null,
    decided_by_id bigint,
    decided_by    varchar(254) not null,
    decided_at    timestamptz not null
);
create index triage_decision_item on triage_decision (item_id, decided_at);
