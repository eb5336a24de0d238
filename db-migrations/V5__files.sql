-- Uploaded files (attachments, evidence, documents), stored in PostgreSQL in chunks so that uploads can be
-- streamed and resumed without holding a whole file in memory, and backed up with everything else.
create table stored_file (
    id             uuid primary key,
    name           varchar(255) not null,
    declared_type  varchar(100) not null,
    detected_type  varchar(100),
    declared_size  bigint not null check (declared_size > 0),
    received_size  bigint not null default 0,
    sha256         varchar(64),
    status         varchar(20) not null check (status in ('UPLOADING', 'STORED', 'REJECTED')),
    rejection      varchar(300),
    uploaded_by    bigint,
    uploader_name  varchar(254) not null,
    provider_id    varchar(12),
    created_at     timestamptz not null,
    completed_at   timestamptz,
    version        integer not null default 0
);
create index stored_file_uploading on stored_file (created_at) where status = 'UPLOADING';

create table stored_file_chunk (
    file_id uuid not null references stored_file (id) on delete cascade,
    seq     integer not null,
    data    bytea not null,
    primary key (file_id, seq)
);
