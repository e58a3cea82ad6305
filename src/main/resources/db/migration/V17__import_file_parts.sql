-- An uploaded file is kept as it arrives, a segment at a time, never whole: each segment sealed on
-- its own (common/PiiProtection) with its job, its number and whether it is the last bound into the
-- seal, so a segment cannot be moved to another job or place, nor the file cut short, unnoticed.
-- Segments are written before their job exists (the job is made once the whole file is in and its
-- header checked), hence no foreign key: a request that ends without a job deletes its segments,
-- and the import heartbeat deletes any that a copy of the service stopping mid-upload left behind.
create table import_file_part (
    job_id      uuid        not null,
    part        integer     not null check (part >= 0),
    last        boolean     not null,
    content     bytea       not null,
    created_at  timestamptz not null default now(),
    primary key (job_id, part)
);
-- One last segment a file.
create unique index ux_import_file_part_last on import_file_part (job_id) where last;
-- Sealed bytes do not compress: stored out of line without trying.
alter table import_file_part alter column content set storage external;
-- For the heartbeat's sweep of segments left without a job.
create index ix_import_file_part_created on import_file_part (created_at);

-- import_file now keeps only the file's type; the whole sealed file in `content` is what copies of the
-- previous release write. The column goes once no such copy runs.
alter table import_file alter column content drop not null;
