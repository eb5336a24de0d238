-- Gives every location without a current rating an approved full assessment (a score and rationale for each of
-- the 34 quality statements, now and then a breach of regulations) and a current published rating, set-based.
-- Scores are spread so that the recompute meets every band and limiter. Usage: psql -f generate-assessments.sql DB
create temp table bench_location as
select l.id, l.provider_id, l.name, row_number() over (order by l.id) as n
from location l
where not exists (select 1 from published_rating r where r.location_id = l.id and r.is_current);

create temp table bench_assessment as
select nextval('assessment_id_seq') as id, b.id as location_id, b.provider_id, b.name, b.n,
       (array[1, 2, 2, 3, 3, 3, 3, 3, 4, 4])[1 + (b.n % 10)::int] as level,
       date '2025-01-10' + (b.n % 300)::int as ends_on
from bench_location b;

insert into assessment (id, location_id, provider_id, location_name, kind, state, methodology_code, team, starts_on,
                        ends_on, opened_by_name, opened_at, submitted_by_name, submitted_at, approved_by_name,
                        approved_at)
select id, location_id, provider_id, name, 'FULL', 'APPROVED', 'SAF-2024-12', 'Benchmark team', ends_on - 3, ends_on,
       'Benchmark', ends_on::timestamptz, 'Benchmark', ends_on::timestamptz, 'Benchmark manager',
       (ends_on + 14)::timestamptz
from bench_assessment;

insert into assessment_statement (assessment_id, statement_code)
select a.id, q.code from bench_assessment a cross join quality_statement q where q.framework_code = 'SAF-2023';

insert into statement_score (assessment_id, statement_code, score, rationale, carried_forward, source_assessment_id,
                             evidence_date, scored_by_name, scored_at)
select a.id, q.code, greatest(1, least(4, a.level + (abs(hashtext(a.id::text || q.code)) % 3) - 1)),
       'Benchmark rationale', false, a.id, a.ends_on - (abs(hashtext(q.code || a.id::text)) % 40),
       'Benchmark', (a.ends_on + 14)::timestamptz
from bench_assessment a cross join quality_statement q
where q.framework_code = 'SAF-2023';

insert into breach_finding (assessment_id, statement_code, regulation, description, recorded_by_name, recorded_at)
select id, 'S8', 'Regulation 12: Safe care and treatment', 'Medicines were not managed safely.', 'Benchmark',
       (ends_on + 14)::timestamptz
from bench_assessment where n % 20 = 0;

insert into published_rating (location_id, provider_id, assessment_id, methodology_code, explanation, cause,
                              published_at, is_current)
select location_id, provider_id, id, 'SAF-2024-12',
       '{"methodology":"SAF-2024-12","overallRules":[],"keyQuestions":[],"breaches":[]}', 'APPROVAL',
       (ends_on + 14)::timestamptz, true
from bench_assessment;

analyze assessment;
analyze statement_score;
analyze breach_finding;
analyze published_rating;
