-- Staff absence (leave recorded by the person or their manager) and every kind of open work with its owner, so
-- that work held by someone away, suspended or gone is listed for their manager to give to someone else.
create sequence staff_absence_id_seq;
create table staff_absence (
    id                bigint primary key default nextval('staff_absence_id_seq'),
    staff_id          bigint not null references user_account (id),
    starts_on         date not null,
    ends_on           date not null,
    recorded_by_id    bigint,
    recorded_by_name  varchar(254) not null,
    recorded_at       timestamptz not null,
    cancelled_at      timestamptz,
    cancelled_by_name varchar(254),
    version           integer not null default 0,
    check (ends_on >= starts_on)
);
-- Absences not over yet, per person and all together, soonest first.
create index staff_absence_person on staff_absence (staff_id, starts_on) where cancelled_at is null;
create index staff_absence_current on staff_absence (ends_on, starts_on) where cancelled_at is null;

-- Registration applications by their inspector while a decision is still to come.
create index registration_application_inspector on registration_application (inspector_id)
    where status not in ('DRAFT', 'GRANTED', 'REFUSED', 'WITHDRAWN');

-- Open work and who holds it: one row per open triage item, report, application, enforcement case and planned
-- assessment that has an owner. due_on is the next date the work must meet, where it has one (UK days).
-- A view of simple branches, so that a join on owner_id reaches each table's owner index.
create view open_work as
    select 'TRIAGE_ITEM'::varchar(30) as kind, t.id as work_id, t.reference::varchar(200) as reference,
           t.location_name::varchar(200) as location_name, t.assignee_id as owner_id,
           (t.due_at at time zone 'Europe/London')::date as due_on, t.version as version
      from triage_item t where t.state <> 'CLOSED' and t.assignee_id is not null
    union all
    select 'REPORT'::varchar(30), r.id, null::varchar(200), r.location_name::varchar(200), r.owner_id,
           r.fac_deadline, r.version
      from report r where r.state not in ('PUBLISHED', 'WITHDRAWN') and r.owner_id is not null
    union all
    select 'APPLICATION'::varchar(30), a.id, a.reference::varchar(200),
           (select l.name from location l where l.id = a.location_id)::varchar(200), a.inspector_id,
           null::date, a.version
      from registration_application a
     where a.status not in ('DRAFT', 'GRANTED', 'REFUSED', 'WITHDRAWN') and a.inspector_id is not null
    union all
    select 'ENFORCEMENT_CASE'::varchar(30), c.id, c.reference::varchar(200), coalesce(c.location_name,
           c.provider_name)::varchar(200), c.owner_id,
           (select min(x.next_due) from enforcement_action x where x.case_id = c.id), c.version
      from enforcement_case c where c.stage <> 'CLOSED' and c.owner_id is not null
    union all
    select 'PLANNED_ASSESSMENT'::varchar(30), p.id, null::varchar(200), p.location_name::varchar(200),
           p.inspector_id, p.planned_on, p.version
      from planned_assessment p where p.state = 'PLANNED' and p.inspector_id is not null;
