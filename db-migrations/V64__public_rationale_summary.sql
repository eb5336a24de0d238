-- How much of each score's rationale the public explanation shows: whole sentences from its start up to this many
-- characters; 0 publishes none (the report's narrative stands for it). Staff and the provider always read it whole.
alter table methodology_version
    add column public_rationale_chars integer not null default 0
        check (public_rationale_chars between 0 and 2000);

update methodology_version set public_rationale_chars = 300 where code = 'SAF-2024-12';
