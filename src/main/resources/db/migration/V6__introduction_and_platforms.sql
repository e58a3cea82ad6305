-- Introduction and platforms 引进与平台: industries, talent demand catalogues, recruitment
-- programmes and their placements, returnees' ventures, workstations, talent projects and
-- partnerships. The rules DESIGN.md says the database must hold are held here:
--   * placements never exceed their programme's quota   (placed_count kept by trg_placement_counts,
--                                                          ck_recruitment_programme_quota)
--   * placements never exceed a demand's quantity         (filled_count kept by trg_placement_counts,
--                                                          ck_talent_demand_filled)
--   * a closed demand takes no more placements            (trg_placement_counts, ck_placement_demand_open)
--   * a person is placed at most once per programme       (ux_placement_person_programme)
-- Two racing placements both pass the service's checks; the row lock the trigger's UPDATE takes
-- on the programme (and demand) serialises them, and the CHECK refuses the one too many.

-- ---------------------------------------------------------------------------------------------
-- Industries 产业: a reference list admins maintain (a city's "5+4" industries are data; none is
-- seeded here).
-- ---------------------------------------------------------------------------------------------
create table industry (
    id          uuid primary key,
    code        varchar(40)  not null,
    name_zh     varchar(100) not null,
    name_en     varchar(200) not null,
    sort_order  integer      not null default 0,
    active      boolean      not null default true,
    version     bigint       not null default 0,
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now(),
    constraint uq_industry_code unique (code),
    constraint ck_industry_code_format check (code ~ '^[A-Z][A-Z0-9_]*$'),
    constraint ck_industry_names check (length(btrim(name_zh)) > 0 and length(btrim(name_en)) > 0)
);
create index ix_industry_active on industry (active, id);

-- ---------------------------------------------------------------------------------------------
-- Talent demands 急需紧缺人才需求: a township's or county's catalogue entry. filled_count is kept by
-- trg_placement_counts only; status is derived from it and never written.
-- ---------------------------------------------------------------------------------------------
create table talent_demand (
    id                    uuid primary key,
    division_id           uuid         not null,
    -- Copy of the division's level, kept true by fk_talent_demand_division_level.
    division_level        varchar(16)  not null,
    organisation_id       uuid         not null references organisation (id),
    year                  integer      not null,
    position              varchar(200) not null,
    field                 varchar(200),
    education_required    varchar(30),
    title_level_required  varchar(20),
    requirements          varchar(1000),
    quantity              integer      not null,
    filled_count          integer      not null default 0,
    closed_on             date,
    status                varchar(16)  generated always as (
        case when closed_on is not null then 'CLOSED'
             when filled_count = 0 then 'OPEN'
             when filled_count < quantity then 'PARTLY_FILLED'
             else 'FILLED' end) stored,
    version               bigint       not null default 0,
    created_at            timestamptz  not null default now(),
    updated_at            timestamptz  not null default now(),
    constraint fk_talent_demand_division_level foreign key (division_id, division_level) references division (id, level),
    constraint ck_talent_demand_level check (division_level in ('COUNTY', 'TOWNSHIP')),
    constraint ck_talent_demand_year check (year between 1949 and 2200),
    constraint ck_talent_demand_quantity check (quantity > 0),
    constraint ck_talent_demand_filled check (filled_count >= 0 and filled_count <= quantity),
    constraint ck_talent_demand_position check (length(btrim(position)) > 0)
);
create index ix_talent_demand_division on talent_demand (division_id, id);
create index ix_talent_demand_organisation on talent_demand (organisation_id, id);
create index ix_talent_demand_status on talent_demand (status, id);
create index ix_talent_demand_year on talent_demand (year, id);

-- ---------------------------------------------------------------------------------------------
-- Recruitment programmes 招募计划 and their placements. placed_count is kept by
-- trg_placement_counts only.
-- ---------------------------------------------------------------------------------------------
create table recruitment_programme (
    id            uuid primary key,
    name          varchar(200) not null,
    kind          varchar(40)  not null,
    year          integer      not null,
    quota         integer      not null,
    placed_count  integer      not null default 0,
    division_id   uuid         not null references division (id),
    note          varchar(1000),
    version       bigint       not null default 0,
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now(),
    constraint ck_recruitment_programme_kind check (kind in ('SPECIAL_POST_TEACHER', 'THREE_SUPPORTS_ONE_ASSISTANCE',
        'WESTERN_VOLUNTEER', 'SELECTED_GRADUATE', 'URGENT_TALENT', 'RETURNEE', 'SPECIAL_AGRICULTURAL_TECHNICIAN')),
    constraint ck_recruitment_programme_year check (year between 1949 and 2200),
    constraint ck_recruitment_programme_quota_positive check (quota > 0),
    constraint ck_recruitment_programme_quota check (placed_count >= 0 and placed_count <= quota),
    constraint ck_recruitment_programme_name check (length(btrim(name)) > 0)
);
create index ix_recruitment_programme_division on recruitment_programme (division_id, id);
create index ix_recruitment_programme_kind_year on recruitment_programme (kind, year, id);
create index ix_recruitment_programme_year on recruitment_programme (year, id);

create table placement (
    id                 uuid primary key,
    programme_id       uuid        not null references recruitment_programme (id),
    person_id          uuid        not null references person (id),
    organisation_id    uuid        not null references organisation (id),
    placed_on          date        not null,
    demand_id          uuid references talent_demand (id),
    assignment_id      uuid references assignment (id),
    status             varchar(16) not null default 'PLACED',
    withdrawn_on       date,
    withdrawal_reason  varchar(500),
    note               varchar(1000),
    version            bigint      not null default 0,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    constraint ck_placement_status check (status in ('PLACED', 'WITHDRAWN')),
    constraint ck_placement_withdrawal check (
        (status = 'WITHDRAWN') = (withdrawn_on is not null) and (withdrawn_on is null or withdrawn_on >= placed_on))
);
create unique index ux_placement_person_programme on placement (programme_id, person_id) where status = 'PLACED';
create index ix_placement_programme on placement (programme_id, id);
create index ix_placement_person on placement (person_id, id);
create index ix_placement_demand on placement (demand_id, id) where demand_id is not null;

-- Keeps placed_count and filled_count equal to the PLACED placements. The UPDATEs lock the
-- programme row, then the demand row, always in that order, so racing placements queue up there
-- and the CHECK constraints refuse the one that would exceed the quota or the quantity.
create function placement_counts() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' then
        if old.status = new.status and old.programme_id = new.programme_id
                and old.demand_id is not distinct from new.demand_id then
            return new;
        end if;
        if old.status = 'PLACED' then
            update recruitment_programme set placed_count = placed_count - 1, version = version + 1
                where id = old.programme_id;
            if old.demand_id is not null then
                update talent_demand set filled_count = filled_count - 1, version = version + 1
                    where id = old.demand_id;
            end if;
        end if;
    end if;
    if new.status = 'PLACED' then
        update recruitment_programme set placed_count = placed_count + 1, version = version + 1
            where id = new.programme_id;
        if new.demand_id is not null then
            update talent_demand set filled_count = filled_count + 1, version = version + 1
                where id = new.demand_id and closed_on is null;
            if not found then
                -- Worded like PostgreSQL's own check violations, so the constraint is named back to the caller.
                raise exception 'new row for relation "placement" violates check constraint "ck_placement_demand_open"'
                    using errcode = 'check_violation', constraint = 'ck_placement_demand_open', table = 'placement';
            end if;
        end if;
    end if;
    return new;
end
$$;
create trigger trg_placement_counts after insert or update on placement
    for each row execute function placement_counts();

-- ---------------------------------------------------------------------------------------------
-- Ventures 返乡创业: what returnees founded.
-- ---------------------------------------------------------------------------------------------
create table venture (
    id               uuid primary key,
    founder_id       uuid         not null references person (id),
    name             varchar(200) not null,
    kind             varchar(20)  not null,
    division_id      uuid         not null references division (id),
    founded_on       date         not null,
    people_employed  integer      not null default 0,
    note             varchar(1000),
    version          bigint       not null default 0,
    created_at       timestamptz  not null default now(),
    updated_at       timestamptz  not null default now(),
    constraint ck_venture_kind check (kind in ('PICKING_GARDEN', 'FARM', 'COOPERATIVE', 'BIOTECH', 'PROCESSING', 'TOURISM',
                                               'E_COMMERCE', 'OTHER')),
    constraint ck_venture_people_employed check (people_employed >= 0),
    constraint ck_venture_name check (length(btrim(name)) > 0)
);
create index ix_venture_division on venture (division_id, id);
create index ix_venture_founder on venture (founder_id, id);
create index ix_venture_kind on venture (kind, id);

-- ---------------------------------------------------------------------------------------------
-- Workstations 人才工作站, incubators and talent homes, with their resident talent over time.
-- ---------------------------------------------------------------------------------------------
create table workstation (
    id                    uuid primary key,
    kind                  varchar(20)  not null,
    name                  varchar(200) not null,
    host_organisation_id  uuid         not null references organisation (id),
    division_id           uuid         not null references division (id),
    opened_on             date         not null,
    closed_on             date,
    note                  varchar(1000),
    version               bigint       not null default 0,
    created_at            timestamptz  not null default now(),
    updated_at            timestamptz  not null default now(),
    constraint ck_workstation_kind check (kind in ('WORKSTATION', 'INCUBATOR', 'TALENT_HOME')),
    constraint ck_workstation_dates check (closed_on is null or opened_on <= closed_on),
    constraint ck_workstation_name check (length(btrim(name)) > 0)
);
create index ix_workstation_division on workstation (division_id, id);
create index ix_workstation_host on workstation (host_organisation_id, id);
create index ix_workstation_kind on workstation (kind, id);

create table workstation_member (
    id              uuid primary key,
    workstation_id  uuid not null references workstation (id),
    person_id       uuid not null references person (id),
    joined_on       date not null,
    left_on         date,
    constraint ck_workstation_member_dates check (left_on is null or joined_on <= left_on)
);
create unique index ux_workstation_member_open on workstation_member (workstation_id, person_id) where left_on is null;
create index ix_workstation_member_person on workstation_member (person_id, workstation_id);

-- ---------------------------------------------------------------------------------------------
-- Talent projects 人才项目: funding in yuan as an exact decimal, summed by the database.
-- ---------------------------------------------------------------------------------------------
create table talent_project (
    id                    uuid primary key,
    title                 varchar(200)  not null,
    industry_id           uuid          not null references industry (id),
    lead_organisation_id  uuid          not null,
    -- Copy of the lead organisation's division, kept true by fk_talent_project_lead_division.
    division_id           uuid          not null references division (id),
    funding_amount        numeric(14,2) not null,
    funding_level         varchar(16)   not null,
    year                  integer       not null,
    status                varchar(16)   not null default 'PROPOSED',
    note                  varchar(1000),
    version               bigint        not null default 0,
    created_at            timestamptz   not null default now(),
    updated_at            timestamptz   not null default now(),
    constraint fk_talent_project_lead_division foreign key (lead_organisation_id, division_id)
        references organisation (id, division_id) on update cascade,
    constraint ck_talent_project_funding_amount check (funding_amount >= 0),
    constraint ck_talent_project_funding_level check (funding_level in ('REGION', 'CITY', 'COUNTY')),
    constraint ck_talent_project_year check (year between 1949 and 2200),
    constraint ck_talent_project_status check (status in ('PROPOSED', 'FUNDED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED')),
    constraint ck_talent_project_title check (length(btrim(title)) > 0)
);
create index ix_talent_project_division on talent_project (division_id, id);
create index ix_talent_project_industry on talent_project (industry_id, id);
create index ix_talent_project_lead on talent_project (lead_organisation_id, id);
create index ix_talent_project_year on talent_project (year, id);
create index ix_talent_project_status on talent_project (status, id);

create table talent_project_person (
    project_id  uuid not null references talent_project (id) on delete cascade,
    person_id   uuid not null references person (id),
    primary key (project_id, person_id)
);
create index ix_talent_project_person on talent_project_person (person_id);

-- ---------------------------------------------------------------------------------------------
-- Partnerships 校地合作: a partner organisation (a university) working with a local one, and the
-- experts it provides over time.
-- ---------------------------------------------------------------------------------------------
create table partnership (
    id                       uuid primary key,
    partner_organisation_id  uuid        not null references organisation (id),
    local_organisation_id    uuid        not null,
    -- Copy of the local organisation's division, kept true by fk_partnership_local_division.
    division_id              uuid        not null references division (id),
    started_on               date        not null,
    ended_on                 date,
    note                     varchar(1000),
    version                  bigint      not null default 0,
    created_at               timestamptz not null default now(),
    updated_at               timestamptz not null default now(),
    constraint fk_partnership_local_division foreign key (local_organisation_id, division_id)
        references organisation (id, division_id) on update cascade,
    constraint ck_partnership_parties check (partner_organisation_id <> local_organisation_id),
    constraint ck_partnership_dates check (ended_on is null or started_on <= ended_on)
);
create index ix_partnership_division on partnership (division_id, id);
create index ix_partnership_partner on partnership (partner_organisation_id, id);
create index ix_partnership_local on partnership (local_organisation_id, id);

create table partnership_expert (
    id              uuid primary key,
    partnership_id  uuid not null references partnership (id),
    person_id       uuid not null references person (id),
    joined_on       date not null,
    left_on         date,
    constraint ck_partnership_expert_dates check (left_on is null or joined_on <= left_on)
);
create unique index ux_partnership_expert_open on partnership_expert (partnership_id, person_id) where left_on is null;
create index ix_partnership_expert_person on partnership_expert (person_id, partnership_id);
