-- Import jobs: the uploaded file kept with its job until the job ends (sealed: it holds ID
-- numbers in the clear); row errors in a table of their own, paged by keyset like every list;
-- people already held may be updated from a file.
alter table import_job drop column errors;
alter table import_job add column rows_updated integer not null default 0;
-- All errors found, of which at most the first 1,000 are kept in import_job_error.
alter table import_job add column error_count integer not null default 0;
-- The worker running a job touches this; a QUEUED or RUNNING job left untouched (its service
-- stopped) is marked FAILED by any copy of the service.
alter table import_job add column heartbeat_at timestamptz not null default now();
create index ix_import_job_unfinished on import_job (heartbeat_at) where state in ('QUEUED', 'RUNNING');

create table import_file (
    job_id        uuid primary key references import_job (id) on delete cascade,
    content_type  varchar(200) not null,
    -- AES-GCM sealed (common/PiiProtection); deleted when the job ends.
    content       bytea        not null
);

create table import_job_error (
    id          uuid primary key,
    job_id      uuid          not null references import_job (id) on delete cascade,
    row_number  integer       not null,
    column_name varchar(200)  not null,
    message     varchar(1000) not null
);
create index ix_import_job_error_job on import_job_error (job_id, id);
