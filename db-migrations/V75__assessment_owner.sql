-- Every open assessment has an owner, the inspector who leads it: whoever opened it, until a manager reassigns it.
-- It then appears on "work waiting on absent people" like every other kind of work, due on its last day.
alter table assessment add column owner_id bigint;
alter table assessment add column owner_name varchar(254);
update assessment set owner_id = opened_by_id, owner_name = opened_by_name;
create index assessment_owner on assessment (owner_id) where state = 'OPEN';

create or replace view open_work as
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
      from planned_assessment p where p.state = 'PLANNED' and p.inspector_id is not null
    union all
    select 'ASSESSMENT'::varchar(30), a.id, null::varchar(200), a.location_name::varchar(200), a.owner_id,
           a.ends_on, a.version
      from assessment a where a.state = 'OPEN' and a.owner_id is not null;
