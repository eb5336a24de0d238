-- Audit events take their ids in blocks of 50 (Hibernate's pooled sequence), like notifications and triage items,
-- so that the audit rows written with a batch of changes are inserted in JDBC batches instead of one round trip
-- each. Rows are still ordered by occurred_at, then id.
alter sequence audit_event_id_seq increment by 50;
