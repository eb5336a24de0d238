-- Ratings proposed when an assessment is approved. They are visible to staff and, as draft, to the provider
-- with the draft report, and become the location's published ratings only when a report written for that
-- assessment is published (worked out again then, with the breaches in force that day). Withdrawing the report
-- withdraws the proposal; reinstating the report proposes it again.
create table rating_proposal (
    assessment_id    bigint primary key references assessment (id),
    location_id      varchar(12) not null references location (id),
    provider_id      varchar(12) not null references provider (id),
    methodology_code varchar(20) not null references methodology_version (code),
    overall          varchar(30),
    safe             varchar(30),
    effective        varchar(30),
    caring           varchar(30),
    responsive       varchar(30),
    well_led         varchar(30),
    oldest_evidence  date,
    latest_evidence  date,
    state            varchar(20) not null check (state in ('PROPOSED', 'PUBLISHED', 'WITHDRAWN')),
    proposed_at      timestamptz not null,
    decided_at       timestamptz,
    report_id        bigint references report (id)
);
create index rating_proposal_location on rating_proposal (location_id, proposed_at desc);
create index rating_proposal_waiting on rating_proposal (proposed_at) where state = 'PROPOSED';

-- Ratings now come out with a report (cause REPORT), and withdrawing a published report puts the previous
-- ratings back (cause WITHDRAWAL). Ratings published on approval before this change keep their cause.
alter table published_rating drop constraint published_rating_cause_check;
alter table published_rating add constraint published_rating_cause_check
    check (cause in ('APPROVAL', 'REPORT', 'RECOMPUTE', 'WITHDRAWAL'));
alter table published_rating add column report_id bigint references report (id);
create index published_rating_report on published_rating (report_id) where report_id is not null;
