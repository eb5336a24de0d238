-- Decisions that take effect on a later date: a register change granted from a future date, a notice of decision
-- whose appeal period runs out. A scheduled job applies each on its date, once across every server (it claims the
-- row with FOR UPDATE SKIP LOCKED and applies it in the same transaction), and audits it.
create table dated_decision (
    id              bigserial primary key,
    subject_type    varchar(40)  not null,
    subject_id      varchar(40)  not null,
    action          varchar(40)  not null,
    takes_effect_on date         not null,
    provider_id     varchar(20),
    location_id     varchar(20),
    description     varchar(300) not null,
    status          varchar(12)  not null default 'PENDING'
        check (status in ('PENDING', 'APPLIED', 'CANCELLED', 'FAILED')),
    created_at      timestamptz  not null,
    settled_at      timestamptz,
    outcome         varchar(300),
    attempts        integer      not null default 0,
    last_error      varchar(500)
);

create index dated_decision_due on dated_decision (takes_effect_on, id) where status = 'PENDING';
create index dated_decision_subject on dated_decision (subject_type, subject_id);
create index dated_decision_location on dated_decision (location_id, takes_effect_on) where status = 'PENDING';
create index dated_decision_provider on dated_decision (provider_id, takes_effect_on) where status = 'PENDING';
