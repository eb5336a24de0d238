-- Published ratings. A location has at most one current rating; publishing or recomputing adds a new row and
-- marks the one it replaces as superseded, so a rating once published is never rewritten. The explanation is the
-- engine's working for the key questions and the overall rating, in plain English, with the breaches and
-- overrides that were applied; statement scores stay in the assessment, which is immutable once approved.
create sequence published_rating_id_seq increment by 50;
create table published_rating (
    id                  bigint primary key default nextval('published_rating_id_seq'),
    location_id         varchar(12) not null references location (id),
    provider_id         varchar(12) not null references provider (id),
    assessment_id       bigint not null references assessment (id),
    methodology_code    varchar(20) not null references methodology_version (code),
    overall             varchar(30),
    safe                varchar(30),
    effective           varchar(30),
    caring              varchar(30),
    responsive          varchar(30),
    well_led            varchar(30),
    oldest_evidence     date,
    latest_evidence     date,
    explanation         jsonb not null,
    cause               varchar(20) not null check (cause in ('APPROVAL', 'RECOMPUTE')),
    recompute_job_id    bigint,
    published_at        timestamptz not null,
    report_published_at timestamptz,
    is_current          boolean not null,
    superseded_at       timestamptz,
    check (is_current = (superseded_at is null))
);
create unique index published_rating_current on published_rating (location_id) where is_current;
create index published_rating_current_id on published_rating (id) where is_current;
create index published_rating_history on published_rating (location_id, published_at desc);
create index published_rating_assessment on published_rating (assessment_id);

create sequence rating_recompute_job_id_seq;
create table rating_recompute_job (
    id               bigint primary key default nextval('rating_recompute_job_id_seq'),
    methodology_code varchar(20) not null references methodology_version (code),
    state            varchar(20) not null check (state in ('RUNNING', 'DONE', 'FAILED')),
    total            integer not null,
    processed        integer not null default 0,
    compute_millis   bigint not null default 0,
    started_by_name  varchar(254) not null,
    started_at       timestamptz not null,
    finished_at      timestamptz,
    failure          varchar(2000)
);
create unique index rating_recompute_running on rating_recompute_job (state) where state = 'RUNNING';
