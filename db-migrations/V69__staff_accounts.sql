-- Staff accounts are administered in the application: each staff member's team and region (for queues and for
-- reassigning their work), set by an administrator.
alter table user_account add column team varchar(40);
alter table user_account add column region varchar(30);
create index user_account_staff on user_account (display_name, id) where kind = 'STAFF';
