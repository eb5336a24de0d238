-- New-provider applicants (no account, identified by their link's token) upload documents and are served
-- notices before there is a provider on the register.

-- A stored file may belong to an owner scope other than an organisation (for example one new-provider
-- application, 'applicant:<application id>'): only callers acting for that scope, and staff, reach it.
alter table stored_file add column owner_scope varchar(60);
create index stored_file_owner_scope on stored_file (owner_scope) where owner_scope is not null;

-- A notice is addressed to a registered provider or, for a new provider's application, to the applicant by
-- name (the subject tells which application).
alter table notice alter column provider_id drop not null;
alter table notice add column addressee_name varchar(254);
alter table notice add constraint notice_addressee check (provider_id is not null or addressee_name is not null);

-- Links replaced by a newer one: recognised so that the applicant is told the link has expired (410), not
-- that it never existed.
create table registration_retired_link (
    application_id bigint not null references registration_application (id),
    token_hash     varchar(64) not null,
    primary key (application_id, token_hash)
);
create index registration_retired_link_hash on registration_retired_link (token_hash);
