-- What a notice of proposal on an application proposes: refusal, or a grant with conditions the provider has
-- not agreed (then the conditions proposed), so that the decision and its taking effect do the same.
alter table registration_application add column proposal varchar(30)
    check (proposal is null or proposal in ('REFUSE', 'GRANT_WITH_CONDITIONS'));
alter table registration_application add column proposed_conditions varchar(5000);
