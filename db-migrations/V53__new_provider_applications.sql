-- New-provider applications (issue 8): the applicant is not yet on the register, so the application has no
-- provider until it is granted; the applicant reaches it through a personal link whose token is kept only as
-- its SHA-256 hash, valid for 60 days, re-issued on request.
alter table registration_application alter column provider_id drop not null;
alter table registration_application add column applicant_name varchar(200);
alter table registration_application add column applicant_email varchar(254);
alter table registration_application add column provider_type varchar(20)
    check (provider_type is null or provider_type in ('INDIVIDUAL', 'PARTNERSHIP', 'ORGANISATION'));
alter table registration_application add column token_hash varchar(64);
alter table registration_application add column token_expires_at timestamptz;
alter table registration_application add column links_issued integer not null default 0;
alter table registration_application add constraint registration_application_applicant
    check (provider_id is not null or (applicant_email is not null and type = 'NEW_PROVIDER'));
create unique index registration_application_token on registration_application (token_hash)
    where token_hash is not null;
create index registration_application_applicant on registration_application (lower(applicant_email))
    where applicant_email is not null;
-- Providers registered by granted new-provider applications: ids 1-900000000 up, clear of imported and demo ids.
create sequence registered_provider_number_seq start with 900000000 increment by 1;
