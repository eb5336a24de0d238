-- Retention. Audit rows are kept at least six years; audit_purge removes the oldest rows of each hash chain (a
-- prefix, so the chains still verify) and moves each chain's anchor past them. It runs as the owner (security
-- definer): the application's role has no delete on the audit trail, only this function, which refuses to remove
-- anything younger than six years. The append-only trigger lets deletes through only inside it.
create or replace function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and current_setting('inspectorate.audit_retention', true) = 'on' then
        return old;
    end if;
    raise exception 'audit_event rows cannot be changed or deleted';
end;
$$;

create function audit_purge(cutoff timestamptz) returns bigint language plpgsql security definer
    set search_path = public, pg_temp as $$
declare
    c smallint;
    keep_from bigint;
    removed bigint := 0;
    n bigint;
begin
    if cutoff > now() - interval '6 years' then
        raise exception 'audit rows are kept for at least six years';
    end if;
    perform set_config('inspectorate.audit_retention', 'on', true);
    for c in select chain from audit_chain_head order by chain for update loop
        -- the first link, from the anchor on, whose row is young enough to keep (or past the head)
        select coalesce(min(l.seq), (select last_seq + 1 from audit_chain_head where chain = c)) into keep_from
          from audit_link l join audit_event e on e.id = l.audit_id
         where l.chain = c and e.occurred_at >= cutoff;
        if keep_from > (select from_seq from audit_chain_anchor where chain = c) then
            delete from audit_event e using audit_link l
             where l.audit_id = e.id and l.chain = c and l.seq < keep_from;
            get diagnostics n = row_count;
            removed := removed + n;
            update audit_chain_anchor a set from_seq = keep_from,
                   prev_hash = (select hash from audit_link where chain = c and seq = keep_from - 1)
             where a.chain = c;
            delete from audit_link where chain = c and seq < keep_from;
        end if;
    end loop;
    perform set_config('inspectorate.audit_retention', 'off', true);
    return removed;
end;
$$;

-- Concerns: the reporter's contact details are removed once the concern has been closed and its retention period
-- has passed (RetentionJob); the concern itself, without them, stays as evidence.
alter table concern add column personal_data_removed_at timestamptz;
create index concern_retention on concern (received_at) where personal_data_removed_at is null
    and (reporter_name is not null or reporter_email is not null or reporter_phone is not null);
