-- Inspection reports (issue 7): the report and its pipeline state, its sections with every saved version,
-- its moves between states, the provider's factual accuracy comments with evidence, and its publications.
-- assessment_id has no foreign key: assessments are linked once both capabilities have landed.
create sequence report_id_seq increment by 50;
create table report (
    id                  bigint primary key default nextval('report_id_seq'),
    location_id         varchar(12) not null references location (id),
    location_name       varchar(200) not null,
    provider_id         varchar(12) not null references provider (id),
    team                varchar(40) not null,
    region              varchar(30),
    assessment_id       bigint,
    site_visit_ended_on date not null,
    state               varchar(30) not null check (state in ('DRAFT', 'IN_REVIEW', 'RETURNED', 'FACTUAL_ACCURACY',
                                                              'FINAL', 'PUBLISHED', 'WITHDRAWN')),
    state_since         timestamptz not null,
    owner_id            bigint,
    owner_name          varchar(254),
    reviewer_id         bigint,
    reviewer_name       varchar(254),
    created_at          timestamptz not null,
    last_activity_at    timestamptz not null,
    fac_sent_at         timestamptz,
    fac_deadline        date,
    fac_responded_at    timestamptz,
    fac_no_inaccuracies boolean not null default false,
    published_at        timestamptz,
    version             integer not null default 0
);
-- The board: open reports by state (oldest in state first), filtered by team and region or owner.
create index report_open_state on report (state, state_since, id) include (team, region)
    where state not in ('PUBLISHED', 'WITHDRAWN');
create index report_open_team_region on report (team, region, state_since, id)
    where state not in ('PUBLISHED', 'WITHDRAWN');
create index report_open_owner on report (owner_id) where state not in ('PUBLISHED', 'WITHDRAWN');
-- The stuck-work detector: open reports without activity, and past their publication target.
create index report_open_activity on report (last_activity_at) where state not in ('PUBLISHED', 'WITHDRAWN');
create index report_open_visit on report (site_visit_ended_on) where state not in ('PUBLISHED', 'WITHDRAWN');
create index report_location on report (location_id, created_at desc);
create index report_provider_state on report (provider_id, state);

create sequence report_section_id_seq increment by 50;
create table report_section (
    id                bigint primary key default nextval('report_section_id_seq'),
    report_id         bigint not null references report (id),
    section_key       varchar(40) not null,
    html              text not null,
    version           integer not null check (version >= 0),
    updated_at        timestamptz not null,
    updated_by_id     bigint,
    updated_by_name   varchar(254),
    lease_holder_id   bigint,
    lease_holder_name varchar(254),
    lease_expires_at  timestamptz,
    unique (report_id, section_key)
);

create sequence report_section_version_id_seq increment by 50;
create table report_section_version (
    id            bigint primary key default nextval('report_section_version_id_seq'),
    report_id     bigint not null references report (id),
    section_key   varchar(40) not null,
    version       integer not null,
    html          text not null,
    saved_at      timestamptz not null,
    saved_by_id   bigint,
    saved_by_name varchar(254),
    restored_from integer,
    unique (report_id, section_key, version)
);

create sequence report_move_id_seq increment by 50;
create table report_move (
    id          bigint primary key default nextval('report_move_id_seq'),
    report_id   bigint not null references report (id),
    from_state  varchar(30),
    to_state    varchar(30) not null,
    transition  varchar(40) not null,
    actor_id    bigint,
    actor_name  varchar(254) not null,
    reason      varchar(4000),
    moved_at    timestamptz not null
);
create index report_move_report on report_move (report_id, moved_at);

create sequence report_fac_comment_id_seq increment by 50;
create table report_fac_comment (
    id                bigint primary key default nextval('report_fac_comment_id_seq'),
    report_id         bigint not null references report (id),
    section_key       varchar(40) not null,
    correction_type   varchar(30),
    text              text not null,
    author_id         bigint,
    author_name       varchar(254) not null,
    created_at        timestamptz not null,
    accepted          boolean,
    response_reason   varchar(4000),
    responded_by_name varchar(254),
    responded_at      timestamptz
);
create index report_fac_comment_report on report_fac_comment (report_id, created_at);
create table report_fac_evidence (
    comment_id bigint not null references report_fac_comment (id),
    file_id    uuid not null,
    file_name  varchar(255) not null
);
create index report_fac_evidence_comment on report_fac_evidence (comment_id);

create sequence report_publication_id_seq increment by 50;
create table report_publication (
    id                  bigint primary key default nextval('report_publication_id_seq'),
    report_id           bigint not null references report (id),
    location_id         varchar(12) not null references location (id),
    site_visit_ended_on date not null,
    published_at        timestamptz not null,
    html                text not null,
    pdf                 bytea not null,
    withdrawn_at        timestamptz
);
create index report_publication_location on report_publication (location_id, published_at desc) where withdrawn_at is null;
create index report_publication_report on report_publication (report_id);
