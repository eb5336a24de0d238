-- The Single Assessment Framework as reference data (DOMAIN.md 1.1-1.4) and the methodology versions whose rules
-- turn scores into ratings (DOMAIN.md 1.5-1.6). Rows here are never changed: a change of framework or of method
-- is a new version, so that ratings published under an earlier version keep meaning what they meant.
create table framework_version (
    code         varchar(20) primary key,
    name         varchar(200) not null,
    published_on date not null
);

create table key_question (
    framework_code varchar(20) not null references framework_version (code),
    code           varchar(20) not null check (code in ('SAFE', 'EFFECTIVE', 'CARING', 'RESPONSIVE', 'WELL_LED')),
    name           varchar(100) not null,
    position       integer not null,
    primary key (framework_code, code)
);

create table quality_statement (
    framework_code    varchar(20) not null references framework_version (code),
    code              varchar(10) not null,
    key_question_code varchar(20) not null,
    name              varchar(200) not null,
    position          integer not null,
    primary key (framework_code, code),
    foreign key (framework_code, key_question_code) references key_question (framework_code, code)
);

create table evidence_category (
    framework_code varchar(20) not null references framework_version (code),
    code           varchar(30) not null,
    name           varchar(200) not null,
    position       integer not null,
    primary key (framework_code, code)
);

create table methodology_version (
    code                           varchar(20) primary key,
    name                           varchar(200) not null,
    effective_from                 date not null,
    framework_code                 varchar(20) not null references framework_version (code),
    scoring_method                 varchar(30) not null
        check (scoring_method in ('CATEGORY_SCORES', 'QUALITY_STATEMENT_SCORES')),
    band_requires_improvement_from integer not null,
    band_good_from                 integer not null,
    band_outstanding_from          integer not null,
    rounding                       varchar(300) not null,
    statement_score_one_limits     boolean not null,
    breach_limits_key_question     boolean not null,
    breach_limits_overall          boolean not null,
    inadequate_from                integer not null,
    requires_improvement_from      integer not null,
    outstanding_from               integer not null,
    description                    varchar(2000) not null,
    check (25 < band_requires_improvement_from and band_requires_improvement_from < band_good_from
        and band_good_from < band_outstanding_from and band_outstanding_from <= 100)
);

insert into framework_version values ('SAF-2023', 'Single Assessment Framework', date '2023-11-20');

insert into key_question values
    ('SAF-2023', 'SAFE', 'Safe', 1),
    ('SAF-2023', 'EFFECTIVE', 'Effective', 2),
    ('SAF-2023', 'CARING', 'Caring', 3),
    ('SAF-2023', 'RESPONSIVE', 'Responsive', 4),
    ('SAF-2023', 'WELL_LED', 'Well-led', 5);

insert into quality_statement values
    ('SAF-2023', 'S1', 'SAFE', 'Learning culture', 1),
    ('SAF-2023', 'S2', 'SAFE', 'Safe systems, pathways and transitions', 2),
    ('SAF-2023', 'S3', 'SAFE', 'Safeguarding', 3),
    ('SAF-2023', 'S4', 'SAFE', 'Involving people to manage risks', 4),
    ('SAF-2023', 'S5', 'SAFE', 'Safe environments', 5),
    ('SAF-2023', 'S6', 'SAFE', 'Safe and effective staffing', 6),
    ('SAF-2023', 'S7', 'SAFE', 'Infection prevention and control', 7),
    ('SAF-2023', 'S8', 'SAFE', 'Medicines optimisation', 8),
    ('SAF-2023', 'E1', 'EFFECTIVE', 'Assessing needs', 9),
    ('SAF-2023', 'E2', 'EFFECTIVE', 'Delivering evidence-based care and treatment', 10),
    ('SAF-2023', 'E3', 'EFFECTIVE', 'How staff, teams and services work together', 11),
    ('SAF-2023', 'E4', 'EFFECTIVE', 'Supporting people to live healthier lives', 12),
    ('SAF-2023', 'E5', 'EFFECTIVE', 'Monitoring and improving outcomes', 13),
    ('SAF-2023', 'E6', 'EFFECTIVE', 'Consent to care and treatment', 14),
    ('SAF-2023', 'C1', 'CARING', 'Kindness, compassion and dignity', 15),
    ('SAF-2023', 'C2', 'CARING', 'Treating people as individuals', 16),
    ('SAF-2023', 'C3', 'CARING', 'Independence, choice and control', 17),
    ('SAF-2023', 'C4', 'CARING', 'Responding to people''s immediate needs', 18),
    ('SAF-2023', 'C5', 'CARING', 'Workforce wellbeing and enablement', 19),
    ('SAF-2023', 'R1', 'RESPONSIVE', 'Person-centred care', 20),
    ('SAF-2023', 'R2', 'RESPONSIVE', 'Care provision, integration and continuity', 21),
    ('SAF-2023', 'R3', 'RESPONSIVE', 'Providing information', 22),
    ('SAF-2023', 'R4', 'RESPONSIVE', 'Listening to and involving people', 23),
    ('SAF-2023', 'R5', 'RESPONSIVE', 'Equity in access', 24),
    ('SAF-2023', 'R6', 'RESPONSIVE', 'Equity in experiences and outcomes', 25),
    ('SAF-2023', 'R7', 'RESPONSIVE', 'Planning for the future', 26),
    ('SAF-2023', 'W1', 'WELL_LED', 'Shared direction and culture', 27),
    ('SAF-2023', 'W2', 'WELL_LED', 'Capable, compassionate and inclusive leaders', 28),
    ('SAF-2023', 'W3', 'WELL_LED', 'Freedom to speak up', 29),
    ('SAF-2023', 'W4', 'WELL_LED', 'Workforce equality, diversity and inclusion', 30),
    ('SAF-2023', 'W5', 'WELL_LED', 'Governance, management and sustainability', 31),
    ('SAF-2023', 'W6', 'WELL_LED', 'Partnerships and communities', 32),
    ('SAF-2023', 'W7', 'WELL_LED', 'Learning, improvement and innovation', 33),
    ('SAF-2023', 'W8', 'WELL_LED', 'Environmental sustainability - sustainable development', 34);

insert into evidence_category values
    ('SAF-2023', 'PEOPLES_EXPERIENCE', 'People''s experience of health and care services', 1),
    ('SAF-2023', 'STAFF_AND_LEADERS', 'Feedback from staff and leaders', 2),
    ('SAF-2023', 'PARTNERS', 'Feedback from partners', 3),
    ('SAF-2023', 'OBSERVATION', 'Observation', 4),
    ('SAF-2023', 'PROCESSES', 'Processes', 5),
    ('SAF-2023', 'OUTCOMES', 'Outcomes', 6);

insert into methodology_version values
    ('SAF-2023-11', 'Single Assessment Framework: scores per evidence category', date '2023-11-20', 'SAF-2023',
     'CATEGORY_SCORES', 39, 63, 88,
     'Percentages are rounded to a whole number, halves upwards (68.75% is 69%), before banding.',
     true, true, true, 2, 2, 2,
     'Each relevant evidence category of a quality statement is scored 1-4; the statement score is the banded'
     || ' percentage of those scores. Key question percentage bands 25-38 Inadequate, 39-62 Requires improvement,'
     || ' 63-87 Good, 88-100 Outstanding. How CQC reached a rating for assessments before December 2024.'),
    ('SAF-2024-12', 'Single Assessment Framework: a score per quality statement', date '2024-12-02', 'SAF-2023',
     'QUALITY_STATEMENT_SCORES', 39, 63, 88,
     'Percentages are rounded to a whole number, halves upwards (68.75% is 69%), before banding.',
     true, true, true, 2, 2, 2,
     'Each quality statement is scored 1-4 directly, by professional judgement informed by the evidence'
     || ' categories. Key question percentage bands 25-38 Inadequate, 39-62 Requires improvement, 63-87 Good,'
     || ' 88-100 Outstanding. From December 2024.');
