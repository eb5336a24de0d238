-- A triage item escalated to assessment plans a responsive assessment (or brings the location's open plan forward),
-- linked back to the item. Such a plan may wait for a manager to allocate its inspector.
alter table planned_assessment alter column inspector_id drop not null;
alter table planned_assessment alter column inspector_name drop not null;
alter table planned_assessment add column triage_reference varchar(16);
create index planned_assessment_triage on planned_assessment (triage_reference) where triage_reference is not null;
create index planned_assessment_unallocated on planned_assessment (planned_on) where state = 'PLANNED'
    and inspector_id is null;
