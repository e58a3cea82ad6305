-- Assignments 选派/任职: a person serving in a role at a host organisation for a period, with
-- every lifecycle transition recorded. The rules DESIGN.md says the database must hold are held
-- here, so two racing requests cannot both break them:
--   * one ACTIVE first secretary per village            (ux_assignment_active_first_secretary)
--   * one ACTIVE village residency per person            (ux_assignment_active_residency)
--   * a first secretary is hosted by a village           (ck_assignment_first_secretary_village, with
--                                                         fk_assignment_host_level keeping host_level true)
--   * a planned or active first secretary is a CPC member (ck_assignment_first_secretary_party, with
--                                                         fk_assignment_person_party keeping person_party true)
--   * dates run forward; an actual end only on COMPLETED or RECALLED (ck_assignment_dates, ck_assignment_actual_end)

-- Composite keys the copies on assignment point at.
alter table division add constraint uq_division_id_level unique (id, level);
alter table organisation add constraint uq_organisation_id_division unique (id, division_id);
alter table person add constraint uq_person_id_political_status unique (id, political_status);

create table assignment (
    id                       uuid primary key,
    person_id                uuid        not null references person (id),
    -- Copy of the person's political status, kept true by the foreign key below (cascades on change).
    person_party             varchar(30),
    role                     varchar(40) not null,
    host_organisation_id     uuid        not null references organisation (id),
    -- Copy of the host's division and its level, kept true by the foreign keys below.
    host_division_id         uuid        not null,
    host_level               varchar(16) not null,
    sending_organisation_id  uuid references organisation (id),
    sending_level            varchar(16),
    batch_year               integer,
    team_id                  uuid,
    start_date               date        not null,
    planned_end_date         date,
    actual_end_date          date,
    status                   varchar(16) not null,
    end_reason               varchar(500),
    note                     varchar(1000),
    version                  bigint      not null default 0,
    created_at               timestamptz not null default now(),
    updated_at               timestamptz not null default now(),
    constraint fk_assignment_person_party foreign key (person_id, person_party)
        references person (id, political_status) on update cascade,
    constraint fk_assignment_host_division foreign key (host_organisation_id, host_division_id)
        references organisation (id, division_id) on update cascade,
    constraint fk_assignment_host_level foreign key (host_division_id, host_level)
        references division (id, level),
    constraint ck_assignment_status check (status in ('PLANNED', 'ACTIVE', 'COMPLETED', 'RECALLED', 'CANCELLED')),
    constraint ck_assignment_sending_level check (sending_level is null or sending_level in ('REGION', 'CITY', 'COUNTY')),
    constraint ck_assignment_batch_year check (batch_year is null or batch_year between 1949 and 2200),
    constraint ck_assignment_dates check (planned_end_date is null or start_date <= planned_end_date),
    constraint ck_assignment_actual_end check (
        (status in ('COMPLETED', 'RECALLED')) = (actual_end_date is not null)
        and (actual_end_date is null or actual_end_date >= start_date)),
    constraint ck_assignment_recall_reason check (status <> 'RECALLED' or end_reason is not null),
    constraint ck_assignment_dispatch check (
        (role in ('FIRST_SECRETARY', 'WORK_TEAM_LEADER', 'WORK_TEAM_MEMBER', 'ST_COMMISSIONER', 'VISITING_TEACHER',
                  'VISITING_PRINCIPAL', 'VISITING_DOCTOR', 'AGRICULTURAL_TECHNICIAN', 'SERVICE_TEAM_EXPERT',
                  'SELECTED_GRADUATE')
            and sending_level is not null and sending_organisation_id is not null)
        or (role in ('VILLAGE_PARTY_SECRETARY', 'VILLAGE_COMMITTEE_DIRECTOR', 'VILLAGE_COMMITTEE_MEMBER',
                     'SPECIAL_AGRICULTURAL_TECHNICIAN')
            and sending_level is null and sending_organisation_id is null)
        or (role in ('FAMILY_DOCTOR', 'PROGRAMME_VOLUNTEER')
            and (sending_level is null) = (sending_organisation_id is null))),
    constraint ck_assignment_first_secretary_village check (role <> 'FIRST_SECRETARY' or host_level = 'VILLAGE'),
    constraint ck_assignment_first_secretary_party check (
        role <> 'FIRST_SECRETARY' or status not in ('PLANNED', 'ACTIVE') or person_party = 'CPC_MEMBER')
);

create unique index ux_assignment_active_first_secretary on assignment (host_division_id)
    where role = 'FIRST_SECRETARY' and status = 'ACTIVE';
create unique index ux_assignment_active_residency on assignment (person_id)
    where status = 'ACTIVE' and role in ('FIRST_SECRETARY', 'WORK_TEAM_LEADER', 'WORK_TEAM_MEMBER');

create index ix_assignment_person on assignment (person_id, id);
create index ix_assignment_host on assignment (host_organisation_id, id);
create index ix_assignment_host_division on assignment (host_division_id, id);
create index ix_assignment_role_status on assignment (role, status, id);
create index ix_assignment_status on assignment (status, id);
create index ix_assignment_sending_level on assignment (sending_level, id) where sending_level is not null;
create index ix_assignment_batch_year on assignment (batch_year, id) where batch_year is not null;
create index ix_assignment_team on assignment (team_id) where team_id is not null;
create index ix_assignment_period on assignment (start_date, actual_end_date);

-- Every lifecycle transition, in order: the history of an assignment.
create table assignment_transition (
    id             uuid primary key,
    assignment_id  uuid        not null references assignment (id),
    from_status    varchar(16),
    to_status      varchar(16) not null,
    effective_on   date        not null,
    reason         varchar(500),
    actor          varchar(200) not null,
    request_id     varchar(64),
    occurred_at    timestamptz not null,
    constraint ck_transition_status check (to_status in ('PLANNED', 'ACTIVE', 'COMPLETED', 'RECALLED', 'CANCELLED'))
);
create index ix_transition_assignment on assignment_transition (assignment_id, id);
