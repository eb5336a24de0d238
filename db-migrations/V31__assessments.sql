-- Assessments of a location: evidence recorded against quality statement and evidence category, scores with
-- their rationale (new, or carried forward with the date of the evidence behind them), breaches of regulations
-- found, professional-judgement overrides with a second person's decision. Approval publishes the ratings.
create sequence assessment_id_seq increment by 50;
create table assessment (
    id                 bigint primary key default nextval('assessment_id_seq'),
    location_id        varchar(12) not null references location (id),
    provider_id        varchar(12) not null references provider (id),
    location_name      varchar(200) not null,
    kind               varchar(10) not null check (kind in ('FULL', 'FOCUSED')),
    state              varchar(20) not null check (state in ('OPEN', 'SUBMITTED', 'APPROVED')),
    methodology_code   varchar(20) not null references methodology_version (code),
    team               varchar(500) not null,
    starts_on          date not null,
    ends_on            date not null check (ends_on >= starts_on),
    opened_by_id       bigint,
    opened_by_name     varchar(254) not null,
    opened_at          timestamptz not null,
    submitted_by_id    bigint,
    submitted_by_name  varchar(254),
    submitted_at       timestamptz,
    approved_by_id     bigint,
    approved_by_name   varchar(254),
    approved_at        timestamptz,
    version            integer not null default 0,
    check ((state = 'APPROVED') = (approved_at is not null))
);
create index assessment_location on assessment (location_id, approved_at desc nulls first);
create index assessment_state on assessment (state, opened_at, id);
create index assessment_opened on assessment (opened_at desc, id desc);

-- The quality statements an assessment reassesses (all of them for a full assessment).
create table assessment_statement (
    assessment_id  bigint not null references assessment (id),
    statement_code varchar(10) not null,
    primary key (assessment_id, statement_code)
);

create sequence evidence_item_id_seq increment by 50;
create table evidence_item (
    id               bigint primary key default nextval('evidence_item_id_seq'),
    assessment_id    bigint not null references assessment (id),
    statement_code   varchar(10) not null,
    category_code    varchar(30) not null,
    source           varchar(200) not null,
    collected_on     date not null,
    summary          varchar(4000) not null,
    attachments      varchar(1000) not null default '',
    links            varchar(1000) not null default '',
    recorded_by_name varchar(254) not null,
    recorded_at      timestamptz not null
);
create index evidence_item_statement on evidence_item (assessment_id, statement_code, category_code);

-- One row per (statement, category) under the category method, one per statement (category null) otherwise.
-- A carried-forward row names the assessment the score was first given in.
create sequence statement_score_id_seq increment by 50;
create table statement_score (
    id                   bigint primary key default nextval('statement_score_id_seq'),
    assessment_id        bigint not null references assessment (id),
    statement_code       varchar(10) not null,
    category_code        varchar(30),
    score                smallint not null check (score between 1 and 4),
    rationale            varchar(4000) not null check (length(btrim(rationale)) > 0),
    carried_forward      boolean not null,
    source_assessment_id bigint not null references assessment (id),
    evidence_date        date,
    scored_by_name       varchar(254) not null,
    scored_at            timestamptz not null,
    version              integer not null default 0
);
create unique index statement_score_one on statement_score (assessment_id, statement_code, coalesce(category_code, ''));

create sequence breach_finding_id_seq increment by 50;
create table breach_finding (
    id               bigint primary key default nextval('breach_finding_id_seq'),
    assessment_id    bigint not null references assessment (id),
    statement_code   varchar(10) not null,
    regulation       varchar(200) not null,
    description      varchar(2000) not null,
    recorded_by_name varchar(254) not null,
    recorded_at      timestamptz not null
);
create index breach_finding_assessment on breach_finding (assessment_id);

create sequence rating_override_id_seq increment by 50;
create table rating_override (
    id               bigint primary key default nextval('rating_override_id_seq'),
    assessment_id    bigint not null references assessment (id),
    key_question     varchar(20),
    rating           varchar(30) not null
        check (rating in ('INADEQUATE', 'REQUIRES_IMPROVEMENT', 'GOOD', 'OUTSTANDING')),
    reason           varchar(2000) not null,
    state            varchar(20) not null check (state in ('PROPOSED', 'APPROVED', 'REJECTED')),
    proposed_by_id   bigint,
    proposed_by_name varchar(254) not null,
    proposed_at      timestamptz not null,
    decided_by_id    bigint,
    decided_by_name  varchar(254),
    decided_at       timestamptz,
    version          integer not null default 0,
    check (state = 'PROPOSED' or decided_by_name is not null)
);
create index rating_override_assessment on rating_override (assessment_id);
