-- An item is serious when it reports severe harm or a death, says someone may be in danger now, or scores 60 or
-- more: the planning risk view counts the serious ones at a location in the last 30 days. Earlier items are marked
-- from the working their risk score recorded.
alter table triage_item add column serious boolean not null default false;
update triage_item set serious = true
 where risk_score >= 60
    or risk_reasons like '%harm reported: severe harm%'
    or risk_reasons like '%harm reported: death%'
    or risk_reasons like '%someone may be in danger now%';
