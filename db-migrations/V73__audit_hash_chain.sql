-- A tamper-evident audit trail. Every audit row is linked into one of 16 hash chains: its link holds
-- sha256(previous link's hash || the row's canonical text). Editing, deleting or inserting a row behind the
-- application's back breaks its chain, and the verifier (AuditChainVerifier) reports the first broken link.
--
-- The link is written by a deferred constraint trigger, at commit, so a chain's head is locked only for the
-- instant of the commit and never while the business transaction waits on other rows: no deadlocks, and inserts
-- stay concurrent (a transaction's rows all go to the chain of its transaction id modulo 16).
--
-- The trigger function runs as the owner (security definer): the application's role may only read the links
-- and chain heads, never write them (afterMigrate.sql grants).

create table audit_chain_head (
    chain     smallint primary key,
    last_seq  bigint   not null,
    last_hash bytea    not null
);

create table audit_link (
    chain    smallint not null,
    seq      bigint   not null,
    audit_id bigint   not null unique,
    hash     bytea    not null,
    primary key (chain, seq)
);

-- Where each chain begins: the hash before its first kept link (retention removes the oldest rows and links,
-- and moves the anchor past them).
create table audit_chain_anchor (
    chain     smallint primary key,
    from_seq  bigint   not null,
    prev_hash bytea    not null
);

insert into audit_chain_head (chain, last_seq, last_hash)
    select g, 0, decode(repeat('00', 32), 'hex') from generate_series(0, 15) g;
insert into audit_chain_anchor (chain, from_seq, prev_hash)
    select g, 1, decode(repeat('00', 32), 'hex') from generate_series(0, 15) g;

-- One field of the canonical text: '-' for null, else its length in UTF-8 bytes, ':' and the value. The Java
-- verifier builds the same text (AuditCanonicalText); the jsonb values are taken in PostgreSQL's own text form.
create function audit_field(v text) returns text immutable language sql as $$
    select case when v is null then '-' else octet_length(convert_to(v, 'UTF8'))::text || ':' || v end
$$;

create function audit_canonical(e audit_event, chain smallint, seq bigint) returns text stable language sql as $$
    select audit_field(e.id::text)
        || audit_field(((extract(epoch from e.occurred_at) * 1000000)::bigint)::text)
        || audit_field(e.actor_id::text)
        || audit_field(e.actor_name)
        || audit_field(e.actor_kind)
        || audit_field(e.source_ip)
        || audit_field(e.action)
        || audit_field(e.entity_type)
        || audit_field(e.entity_id)
        || audit_field(e.before_data::text)
        || audit_field(e.after_data::text)
        || audit_field(e.detail)
        || audit_field(chain::text)
        || audit_field(seq::text)
$$;

create function audit_event_link() returns trigger language plpgsql security definer
    set search_path = public, pg_temp as $$
declare
    c smallint := (txid_current() % 16)::smallint;
    head audit_chain_head%rowtype;
    h bytea;
begin
    select * into head from audit_chain_head where chain = c for update;
    h := sha256(head.last_hash || convert_to(audit_canonical(new, c, head.last_seq + 1), 'UTF8'));
    insert into audit_link (chain, seq, audit_id, hash) values (c, head.last_seq + 1, new.id, h);
    update audit_chain_head set last_seq = head.last_seq + 1, last_hash = h where chain = c;
    return null;
end;
$$;

create constraint trigger audit_event_linked after insert on audit_event
    deferrable initially deferred for each row execute function audit_event_link();

-- The rows written before this migration join chain 0, in id order.
do $$
declare
    e audit_event;
    s bigint := 0;
    h bytea := decode(repeat('00', 32), 'hex');
begin
    for e in select * from audit_event order by id loop
        s := s + 1;
        h := sha256(h || convert_to(audit_canonical(e, 0::smallint, s), 'UTF8'));
        insert into audit_link (chain, seq, audit_id, hash) values (0, s, e.id, h);
    end loop;
    update audit_chain_head set last_seq = s, last_hash = h where chain = 0;
end;
$$;
