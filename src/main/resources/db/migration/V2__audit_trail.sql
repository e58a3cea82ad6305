-- The audit trail: one row per created, changed or removed record, written in the same
-- transaction as the change. Append-only: the database refuses to alter or delete a row.
create table audit_event (
    id            uuid primary key,
    occurred_at   timestamptz  not null,
    actor         varchar(200) not null,
    request_id    varchar(64),
    request       varchar(300),
    action        varchar(16)  not null,
    resource_type varchar(60)  not null,
    resource_id   uuid         not null,
    changes       jsonb        not null,
    constraint ck_audit_action check (action in ('CREATE', 'UPDATE', 'DELETE'))
);
create index ix_audit_resource on audit_event (resource_type, resource_id, id);
create index ix_audit_actor on audit_event (actor, id);
create index ix_audit_request on audit_event (request_id);
create index ix_audit_occurred on audit_event (occurred_at);

create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only' using errcode = '42501';
end;
$$;
create trigger tg_audit_event_append_only before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
