-- Bulk imports run as jobs: what was asked, how far it got, and the rows that failed.
create table import_job (
    id              uuid primary key,
    kind            varchar(20)  not null,
    mode            varchar(10)  not null,
    state           varchar(12)  not null,
    file_name       varchar(200),
    rows_total      integer      not null default 0,
    rows_done       integer      not null default 0,
    rows_failed     integer      not null default 0,
    rows_created    integer      not null default 0,
    rows_unchanged  integer      not null default 0,
    errors          jsonb        not null default '[]',
    caller          varchar(200) not null,
    created_at      timestamptz  not null default now(),
    finished_at     timestamptz,
    version         bigint       not null default 0,
    constraint ck_import_kind check (kind in ('DIVISIONS', 'ORGANISATIONS', 'PERSONNEL')),
    constraint ck_import_mode check (mode in ('DRY_RUN', 'COMMIT')),
    constraint ck_import_state check (state in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED'))
);
create index ix_import_job_caller on import_job (caller, id);
