-- A full assessment reassesses every quality statement, unless the team says why one is carried forward from the
-- earlier assessment: one row per such statement, with the reason, shown in the rating explanation. Scoring the
-- statement in the assessment removes the row.
create table statement_carry (
    assessment_id  bigint not null references assessment (id),
    statement_code varchar(10) not null,
    reason         varchar(500) not null check (length(btrim(reason)) > 0),
    marked_by_name varchar(254) not null,
    marked_at      timestamptz not null,
    primary key (assessment_id, statement_code)
);
