-- Loads :n generated notifications (default 1,000,000), each with its triage item, spread over every location
-- of the register (60,000 with INSPECTORATE_DEMO_LOCATIONS=60000). Set-based (generate_series), so a million
-- rows take about a minute. About 12% of the items are open (half new, the rest assigned or awaiting
-- information); the rest are closed with an outcome. Usage:
--   psql -v n=1000000 -f bench/sql/generate-notifications.sql <database>
\set ON_ERROR_STOP on
\if :{?n}
\else
  \set n 1000000
\endif
set synchronous_commit = off;

-- References in the application's format (GEN-XXXX-XXXX), deterministic and distinct for each number.
create or replace function pg_temp.ref(prefix text, g bigint) returns text language sql immutable as $$
    select prefix || '-' || substr(s, 1, 4) || '-' || substr(s, 5, 4)
    from (select string_agg(substr('23456789ABCDEFGHJKMNPQRSTVWXYZ', ((g / (30::bigint ^ k)::bigint) % 30)::int + 1, 1),
                            '' order by k desc) as s
          from generate_series(0, 7) k) digits
$$;

create temp table gen_location as
select row_number() over (order by l.id) as n, l.id, l.provider_id, l.name, l.region,
       case when exists (select 1 from location_service_type s where s.location_id = l.id
                          and s.service_type in ('ACUTE', 'MENTAL_HEALTH_HOSPITAL', 'AMBULANCE', 'HOSPICE')) then 'HOSPITALS'
            when exists (select 1 from location_service_type s where s.location_id = l.id
                          and (s.service_type like 'CARE_HOME%' or s.service_type in ('DOMICILIARY_CARE', 'SUPPORTED_LIVING',
                               'SHARED_LIVES', 'EXTRA_CARE_HOUSING'))) then 'ADULT_SOCIAL_CARE'
            else 'PRIMARY_AND_COMMUNITY' end as team
from location l;
create unique index on gen_location (n);
analyze gen_location;

-- The notification types with their team (null: the location's), theme, weight and triage due time.
create temp table gen_type (n int primary key, type text, label text, team text, theme text, weight int, due interval);
insert into gen_type values
 (0, 'STATEMENT_OF_PURPOSE_REVISED', 'Statement of purpose revised', 'REGISTRATION', 'GOVERNANCE', 5, '20 days'),
 (1, 'ABSENCE_OF_REGISTERED_PERSON', 'Absence of a registered person for 28 days or more', 'REGISTRATION', 'GOVERNANCE', 10, '10 days'),
 (2, 'RETURN_FROM_ABSENCE', 'Return of a registered person after an absence', 'REGISTRATION', 'GOVERNANCE', 2, '20 days'),
 (3, 'NOTICE_OF_CHANGES', 'Notice of changes', 'REGISTRATION', 'GOVERNANCE', 8, '10 days'),
 (4, 'DEATH_OF_SERVICE_USER', 'Death of a person using the service', null, 'DEATH', 30, '1 day'),
 (5, 'DEATH_OF_DETAINED_PERSON', 'Death of a person detained under the Mental Health Act', 'MENTAL_HEALTH_ACT', 'DEATH', 35, '1 day'),
 (6, 'UNAUTHORISED_ABSENCE_OF_DETAINED_PERSON', 'Unauthorised absence of a person detained under the Mental Health Act', 'MENTAL_HEALTH_ACT', 'LIBERTY', 35, '1 day'),
 (7, 'RETURN_OF_DETAINED_PERSON', 'Return of a detained person after an unauthorised absence', 'MENTAL_HEALTH_ACT', 'LIBERTY', 5, '5 days'),
 (8, 'SERIOUS_INJURY', 'Serious injury to a person using the service', null, 'INJURY', 30, '1 day'),
 (9, 'INJURY_NEEDING_TREATMENT', 'Injury needing treatment to prevent serious harm', null, 'INJURY', 20, '3 days'),
 (10, 'DEPRIVATION_OF_LIBERTY', 'Deprivation of liberty application and its outcome', null, 'LIBERTY', 8, '10 days'),
 (11, 'ABUSE_OR_ALLEGATION', 'Abuse or an allegation of abuse', null, 'SAFEGUARDING', 35, '1 day'),
 (12, 'POLICE_INCIDENT', 'Incident reported to or investigated by the police', null, 'POLICE', 20, '3 days'),
 (13, 'EVENT_STOPPING_SAFE_RUNNING', 'Event that stops or may stop the service running safely', null, 'PREMISES_AND_EQUIPMENT', 30, '1 day'),
 (14, 'UNDER_18_IN_ADULT_PSYCHIATRIC_UNIT', 'Person under 18 in an adult psychiatric unit for more than 48 hours', 'MENTAL_HEALTH_ACT', 'LIBERTY', 30, '1 day'),
 (15, 'DEATH_OF_REGISTERED_PROVIDER', 'Death of a registered provider', 'REGISTRATION', 'GOVERNANCE', 25, '5 days'),
 (16, 'INSOLVENCY_APPOINTMENT', 'Appointment of a liquidator, receiver or trustee in bankruptcy', 'REGISTRATION', 'GOVERNANCE', 30, '5 days');

select count(*) as locations from gen_location \gset
select coalesce(max(id), 0) + 1000 as first_id from notification \gset

create temp table gen as
select g, :first_id + g as id,
       loc.id as location_id, loc.provider_id, loc.name as location_name, loc.region, loc.team as location_team,
       t.type, t.label, coalesce(t.team, loc.team) as team, t.theme, t.weight, t.due,
       now() - make_interval(mins => ((g * 7919) % (400 * 24 * 60))::int) as received_at,
       (g % 100) < 12 as open
from generate_series(1, :n::bigint) g
join gen_location loc on loc.n = (g * 104729) % :locations + 1
join gen_type t on t.n = case when g % 10 < 3 then 8 + (g / 10) % 6 else (g * 31) % 17 end;

insert into notification (id, reference, provider_id, location_id, type, client_key, payload_hash, details,
                          event_date, late, submitted_via, submitted_by_name, submitted_at)
select id, pg_temp.ref('GEN', id), provider_id, location_id, type, 'generated-' || id, md5(g::text),
       '{}'::jsonb, (received_at - interval '1 day')::date, g % 50 = 0, 'API', 'Generator', received_at
from gen;

insert into triage_item (id, reference, source_kind, source_id, category, theme, summary, location_id, location_name,
                         provider_id, team, region, risk_score, risk_reasons, received_at, due_at, state, assignee_id,
                         assignee_name, outcome, outcome_reasons, decided_at)
select id, pg_temp.ref('GEN', id), 'NOTIFICATION', id, type, theme, label || ': generated for the benchmark',
       location_id, location_name, provider_id, team, region,
       least(100, weight + (g * 37) % 45), label || ' (+' || weight || '); generated',
       received_at, received_at + due,
       case when not open then 'CLOSED' when g % 7 < 4 then 'NEW' when g % 7 < 6 then 'ASSIGNED' else 'AWAITING_INFORMATION' end,
       case when open and g % 7 >= 4 then 1 end,
       case when open and g % 7 >= 4 then 'Generated Inspector' end,
       case when not open then (array['NO_FURTHER_ACTION','MONITOR','REFER_TO_SAFEGUARDING','ESCALATE_TO_ASSESSMENT'])[g % 4 + 1] end,
       case when not open then 'Generated decision' end,
       case when not open then received_at + interval '3 days' end
from gen;

do $$ begin
    perform setval('notification_id_seq', (select max(id) from notification) + 1000);
    perform setval('triage_item_id_seq', (select max(id) from triage_item) + 1000);
end $$;
vacuum analyze notification;
vacuum analyze triage_item;
select count(*) as notifications, count(*) filter (where state <> 'CLOSED') as open_items from triage_item;
