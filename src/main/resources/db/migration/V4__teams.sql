-- Teams 团队: village work teams, family-doctor contract teams, industry technical service
-- groups, county service teams, expert groups; their members and the organisations they serve.
create table team (
    id            uuid primary key,
    name          varchar(200) not null,
    type          varchar(40)  not null,
    division_id   uuid         not null references division (id),
    formed_on     date,
    dissolved_on  date,
    note          varchar(1000),
    version       bigint       not null default 0,
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now(),
    constraint ck_team_type check (type in ('VILLAGE_WORK_TEAM', 'FAMILY_DOCTOR_TEAM', 'INDUSTRY_TECH_GROUP',
                                            'COUNTY_SERVICE_TEAM', 'EXPERT_GROUP')),
    constraint ck_team_dates check (dissolved_on is null or formed_on is null or formed_on <= dissolved_on),
    constraint ck_team_name check (length(btrim(name)) > 0)
);
create index ix_team_division on team (division_id, id);
create index ix_team_type on team (type, id);

-- Membership over time: a person is in a team from joined_on until left_on (open while null).
create table team_member (
    id             uuid primary key,
    team_id        uuid        not null references team (id),
    person_id      uuid        not null references person (id),
    role           varchar(16) not null,
    assignment_id  uuid references assignment (id),
    joined_on      date        not null,
    left_on        date,
    constraint ck_team_member_role check (role in ('LEADER', 'MEMBER')),
    constraint ck_team_member_dates check (left_on is null or joined_on <= left_on)
);
-- One open membership per person and team, one open leader per team.
create unique index ux_team_member_open on team_member (team_id, person_id) where left_on is null;
create unique index ux_team_leader_open on team_member (team_id) where role = 'LEADER' and left_on is null;
create index ix_team_member_person on team_member (person_id, team_id);

create table team_served_organisation (
    team_id          uuid not null references team (id) on delete cascade,
    organisation_id  uuid not null references organisation (id),
    primary key (team_id, organisation_id)
);
create index ix_team_served_organisation on team_served_organisation (organisation_id);

alter table assignment add constraint fk_assignment_team foreign key (team_id) references team (id);
