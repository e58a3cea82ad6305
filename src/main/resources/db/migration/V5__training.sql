-- Cultivation 培养: training programmes, their sessions, and enrolments (with degree-upgrade
-- study where the programme is one). A session's capacity is never exceeded: enrolled_count is
-- kept by a trigger on every enrolment change, and ck_session_capacity refuses the change that
-- would pass it. Concurrent enrolments serialise on the session row the trigger updates.
create table training_programme (
    id                        uuid primary key,
    name                      varchar(200) not null,
    type                      varchar(20)  not null,
    provider_organisation_id  uuid references organisation (id),
    division_id               uuid         not null references division (id),
    subject                   varchar(200),
    year                      integer      not null,
    note                      varchar(1000),
    version                   bigint       not null default 0,
    created_at                timestamptz  not null default now(),
    updated_at                timestamptz  not null default now(),
    constraint ck_programme_type check (type in ('SPECIAL_CLASS', 'ONBOARDING', 'SKILLS', 'DEGREE_UPGRADE', 'EXPERT_LECTURE')),
    constraint ck_programme_year check (year between 1949 and 2200),
    constraint ck_programme_name check (length(btrim(name)) > 0)
);
create index ix_programme_division on training_programme (division_id, id);
create index ix_programme_type_year on training_programme (type, year, id);

create table training_programme_category (
    programme_id  uuid        not null references training_programme (id) on delete cascade,
    category      varchar(40) not null,
    primary key (programme_id, category)
);

create table training_session (
    id              uuid primary key,
    programme_id    uuid         not null references training_programme (id),
    title           varchar(200) not null,
    starts_on       date         not null,
    ends_on         date         not null,
    place           varchar(200),
    capacity        integer,
    head_count      integer      not null default 0,
    enrolled_count  integer      not null default 0,
    closed          boolean      not null default false,
    version         bigint       not null default 0,
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    constraint ck_session_dates check (starts_on <= ends_on),
    constraint ck_session_capacity check (capacity is null or (capacity > 0 and enrolled_count <= capacity)),
    constraint ck_session_head_count check (head_count >= 0)
);
create index ix_session_programme on training_session (programme_id, id);
create index ix_session_dates on training_session (starts_on, ends_on);

create table training_enrolment (
    id                   uuid primary key,
    session_id           uuid         not null references training_session (id),
    person_id            uuid         not null references person (id),
    status               varchar(16)  not null,
    enrolled_on          date         not null,
    hours                numeric(6, 1),
    result               varchar(200),
    certificate_number   varchar(100),
    target_degree        varchar(30),
    institution_id       uuid references organisation (id),
    expected_graduation  date,
    actual_graduation    date,
    study_status         varchar(16),
    version              bigint       not null default 0,
    created_at           timestamptz  not null default now(),
    updated_at           timestamptz  not null default now(),
    constraint uq_enrolment_session_person unique (session_id, person_id),
    constraint ck_enrolment_status check (status in ('ENROLLED', 'ATTENDED', 'COMPLETED', 'WITHDRAWN', 'FAILED')),
    constraint ck_enrolment_hours check (hours is null or hours >= 0),
    constraint ck_enrolment_study_status check (study_status is null or study_status in ('STUDYING', 'GRADUATED', 'WITHDRAWN')),
    constraint ck_enrolment_graduation check ((study_status = 'GRADUATED') = (actual_graduation is not null))
);
create index ix_enrolment_person on training_enrolment (person_id, id);
create index ix_enrolment_session_status on training_enrolment (session_id, status);

create function training_enrolment_counts() returns trigger language plpgsql as $$
begin
    -- Release first, then take: moving a seat never passes the capacity on the way.
    if tg_op in ('UPDATE', 'DELETE') and old.status <> 'WITHDRAWN' then
        update training_session set enrolled_count = enrolled_count - 1 where id = old.session_id;
    end if;
    if tg_op in ('INSERT', 'UPDATE') and new.status <> 'WITHDRAWN' then
        update training_session set enrolled_count = enrolled_count + 1 where id = new.session_id;
    end if;
    return null;
end;
$$;
create trigger tg_training_enrolment_counts after insert or delete or update of status, session_id on training_enrolment
    for each row execute function training_enrolment_counts();
