-- The audit trail: one row per state change, sign-in and read of personal data, written in the
-- transaction of the change itself. Rows are never updated or deleted by the application.
create table audit_event (
    id          bigserial primary key,
    occurred_at timestamptz not null default now(),
    actor_id    bigint,
    actor_name  varchar(254) not null,
    actor_kind  varchar(20) not null,
    source_ip   varchar(64),
    action      varchar(60) not null,
    entity_type varchar(40),
    entity_id   varchar(64),
    before_data jsonb,
    after_data  jsonb,
    detail      varchar(2000)
);
create index audit_event_time on audit_event (occurred_at desc, id desc);
create index audit_event_actor on audit_event (actor_id, occurred_at desc);
create index audit_event_actor_name on audit_event (lower(actor_name) text_pattern_ops);
create index audit_event_entity on audit_event (entity_type, entity_id, occurred_at desc);
create index audit_event_action on audit_event (action, occurred_at desc);

create or replace function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event rows cannot be changed or deleted';
end;
$$;
create trigger audit_event_append_only before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
