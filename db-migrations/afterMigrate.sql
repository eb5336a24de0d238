-- Run by Flyway after every migrate, as the owner role (DB_MIGRATION_USER). The application's role
-- (${appRole}) reads and writes the business tables, but on the audit trail it may only insert and read:
-- no update, delete, truncate, trigger or ownership. The hash chain's tables are written only by the owner's
-- trigger function. When one role does both jobs (a single DB_USER) there is nothing to grant, and the
-- application reports the audit trail as unprotected (AuditProtection).
do $grants$
declare
    app text := '${appRole}';
begin
    if app = current_user or not exists (select from pg_roles where rolname = app) then
        return;
    end if;
    execute format('grant usage on schema public to %I', app);
    execute format('grant select, insert, update, delete on all tables in schema public to %I', app);
    execute format('grant usage, select, update on all sequences in schema public to %I', app);
    execute format('grant execute on all functions in schema public to %I', app);
    execute format('revoke truncate, references, trigger on all tables in schema public from %I', app);
    execute format('revoke update, delete on audit_event from %I', app);
    execute format('revoke insert, update, delete on audit_link, audit_chain_head, audit_chain_anchor from %I', app);
    execute format('revoke insert, update, delete on flyway_schema_history from %I', app);
end;
$grants$;
