-- Triage queues read longest waiting first (sort=oldest): one index range read per page, as for the risk order.
create index triage_open_received on triage_item (received_at, id) include (state) where state <> 'CLOSED';
create index triage_open_team_received on triage_item (team, received_at, id) include (state)
    where state <> 'CLOSED';
