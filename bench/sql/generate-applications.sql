-- Loads :n generated registration applications (default 200,000) over the register's providers and
-- locations: about 10% open, spread over every stage and up to a year old in their stage; the rest decided
-- (granted, refused or withdrawn) at between 2 and 20 weeks after validation, so the dashboard's decision times
-- have something to measure. Set-based (generate_series). Usage:
--   psql -v n=200000 -f bench/sql/generate-applications.sql <database>
\set ON_ERROR_STOP on
\if :{?n}
\else
  \set n 200000
\endif
set synchronous_commit = off;

create temp table gen_loc as
select row_number() over (order by l.id) as n, l.id, l.provider_id from location l;
create unique index on gen_loc (n);
select count(*) as locations from gen_loc \gset

insert into registration_application (id, reference, type, status, provider_id, location_id, answers,
        completed_sections, created_by_name, created_at, updated_at, stage_entered_at, submitted_at, declared_by,
        validated_at, inspector_name, decided_at, decision)
select nextval('registration_application_id_seq'),
       'GEN-' || lpad(to_hex(g), 9, '0'),
       (array['ADD_LOCATION','REMOVE_LOCATION','ADD_ACTIVITY','REMOVE_ACTIVITY','VARY_CONDITION','REMOVE_CONDITION',
              'ADD_PARTNER','REMOVE_PARTNER','CANCEL_ACTIVITY','CANCEL_ALL','CANCEL_MANAGER','NEW_MANAGER'])[1 + g % 12],
       s.status, gl.provider_id, gl.id, '{}', '', 'Generated', s.at, s.at, s.stage_at,
       s.at, 'Generated', case when s.status in ('SUBMITTED', 'RETURNED') then null else s.at + interval '3 days' end,
       case when s.status in ('IN_ASSESSMENT','PROPOSED','DECIDED','APPEALED','GRANTED','REFUSED')
            then 'Generated inspector' end,
       s.decided, case when s.decided is not null then 'Generated decision' end
from generate_series(1, :n) g
join gen_loc gl on gl.n = 1 + (g * 7919) % :locations
cross join lateral (
    select st as status,
           now() - make_interval(days => 14 + (g * 37) % 365) as at,
           case when st in ('GRANTED','REFUSED','WITHDRAWN') then now() - make_interval(days => (g * 37) % 365 - 14 + 14)
                else now() - make_interval(days => (g * 13) % 120) end as stage_at,
           case when st in ('GRANTED','REFUSED') then now() - make_interval(days => 14 + (g * 37) % 365)
                + interval '3 days' + make_interval(days => 14 + (g * 11) % 126) end as decided
    from (select case when g % 10 = 0 then
                 (array['SUBMITTED','RETURNED','VALIDATED','IN_ASSESSMENT','IN_ASSESSMENT','IN_ASSESSMENT',
                        'PROPOSED','DECIDED','APPEALED','SUBMITTED'])[1 + (g / 10) % 10]
                 else (array['GRANTED','GRANTED','GRANTED','GRANTED','GRANTED','GRANTED','REFUSED','WITHDRAWN'])[1 + g % 8]
                 end as st) x
) s;
analyze registration_application;
