-- Imports also bring in assignments and enrolments.
alter table import_job drop constraint ck_import_kind;
alter table import_job add constraint ck_import_kind
    check (kind in ('DIVISIONS', 'ORGANISATIONS', 'PERSONNEL', 'ASSIGNMENTS', 'ENROLMENTS'));
