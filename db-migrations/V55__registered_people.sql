-- Registered managers and partners as registrations with dates (issue 8): granting a new-manager,
-- cancel-manager, add-partner or remove-partner application changes these rows, and the register shows the
-- current ones. A manager's registration is at one location, for all its regulated activities or for some.

create sequence manager_registration_id_seq increment by 50;
create table manager_registration (
    id             bigint primary key default nextval('manager_registration_id_seq'),
    location_id    varchar(12) not null references location (id),
    person_id      bigint not null references person (id),
    all_activities boolean not null,
    registered_on  date not null,
    cancelled_on   date,
    version        integer not null default 0,
    check (cancelled_on is null or cancelled_on >= registered_on)
);
create index manager_registration_location on manager_registration (location_id) where cancelled_on is null;
create index manager_registration_person on manager_registration (person_id);

create table manager_registration_activity (
    registration_id bigint not null references manager_registration (id),
    activity        varchar(60) not null,
    primary key (registration_id, activity)
);

-- Each manager named on a location's activities becomes one registration there, from the earliest of those
-- activities; for all the location's activities when they manage every one, otherwise for those named.
insert into manager_registration (location_id, person_id, all_activities, registered_on)
select la.location_id, la.manager_id,
       count(*) = (select count(*) from location_activity x where x.location_id = la.location_id),
       min(la.registered_on)
from location_activity la
where la.manager_id is not null
group by la.location_id, la.manager_id;

-- Registrations of locations already off the register end with them.
update manager_registration m set cancelled_on = greatest(l.deregistration_date, m.registered_on)
from location l
where l.id = m.location_id and l.registration_status = 'DEREGISTERED' and l.deregistration_date is not null;

insert into manager_registration_activity (registration_id, activity)
select m.id, la.activity
from manager_registration m
join location_activity la on la.location_id = m.location_id and la.manager_id = m.person_id
where not m.all_activities;

drop index location_activity_manager;
alter table location_activity drop column manager_id;

-- Partners: one row per spell in the partnership, so a partner who leaves keeps their history.
create sequence provider_partner_id_seq increment by 50;
alter table provider_partner add column id bigint not null default nextval('provider_partner_id_seq');
alter table provider_partner add column joined_on date;
alter table provider_partner add column left_on date;
alter table provider_partner add column version integer not null default 0;
update provider_partner pp set joined_on = p.registration_date from provider p where p.id = pp.provider_id;
alter table provider_partner alter column joined_on set not null;
alter table provider_partner drop constraint provider_partner_pkey;
alter table provider_partner add primary key (id);
alter table provider_partner add constraint provider_partner_dates check (left_on is null or left_on >= joined_on);
create index provider_partner_provider on provider_partner (provider_id) where left_on is null;
create unique index provider_partner_current on provider_partner (provider_id, person_id) where left_on is null;
