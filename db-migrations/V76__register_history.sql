-- The register keeps its history: what was registered at a location on any past date. A location's own dates
-- (registration_date, deregistration_date), its conditions (imposed_on, removed_on) and its managers
-- (registered_on, cancelled_on) already carry theirs; a regulated activity's row is deleted when the activity is
-- removed, so each activity's periods are kept here by triggers on location_activity, whoever changes it. The
-- date a removal takes effect is the transaction's setting inspectorate.register_effective_on when the register
-- change sets it (a decision applied on its date), else the day it happens.
create table location_activity_period (
    location_id   varchar(12) not null references location (id),
    activity      varchar(60) not null,
    registered_on date not null,
    removed_on    date,
    primary key (location_id, activity, registered_on),
    check (removed_on is null or removed_on >= registered_on)
);
create unique index location_activity_period_open on location_activity_period (location_id, activity)
    where removed_on is null;

insert into location_activity_period (location_id, activity, registered_on)
select location_id, activity, registered_on from location_activity;

create function location_activity_history() returns trigger language plpgsql as $$
declare
    effective date := coalesce(nullif(current_setting('inspectorate.register_effective_on', true), '')::date,
                               (now() at time zone 'Europe/London')::date);
begin
    if tg_op = 'INSERT' then
        insert into location_activity_period (location_id, activity, registered_on)
        values (new.location_id, new.activity, new.registered_on)
        on conflict (location_id, activity, registered_on) do update set removed_on = null;
        return new;
    end if;
    update location_activity_period set removed_on = greatest(effective, registered_on)
    where location_id = old.location_id and activity = old.activity and removed_on is null;
    return old;
end;
$$;

create trigger location_activity_history after insert or delete on location_activity
    for each row execute function location_activity_history();
