-- The change feed for other systems (an outbox): one row per created, changed or removed record,
-- written in the transaction of the change. Readers page by (tx_id, seq) and only ever see
-- transactions older than every one still running (pg_snapshot_xmin), so a transaction that
-- commits late can never be skipped by a reader who has moved on: the feed never skips or
-- repeats an event.
create table change_event (
    seq            bigint generated always as identity primary key,
    tx_id          bigint       not null default (pg_current_xact_id()::text::bigint),
    occurred_at    timestamptz  not null default now(),
    resource_type  varchar(60)  not null,
    resource_id    uuid         not null,
    operation      varchar(16)  not null,
    version        bigint,
    location_path  varchar(120),
    constraint ck_change_operation check (operation in ('CREATE', 'UPDATE', 'DELETE'))
);
create index ix_change_order on change_event (tx_id, seq);
create index ix_change_location on change_event (location_path text_pattern_ops, tx_id, seq);
