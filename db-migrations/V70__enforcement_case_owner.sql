-- Every enforcement case has an owner, the staff member responsible for moving it on: whoever opened it, until a
-- manager reassigns it. Existing cases are owned by the account that opened them.
alter table enforcement_case add column owner_id bigint;
alter table enforcement_case add column owner_name varchar(254);
update enforcement_case c set owner_id = u.id, owner_name = u.display_name
  from user_account u where u.kind = 'STAFF' and (u.email = c.opened_by or u.display_name = c.opened_by);
create index enforcement_case_owner on enforcement_case (owner_id) where stage <> 'CLOSED';
