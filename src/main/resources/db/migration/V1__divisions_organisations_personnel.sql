-- Foundation schema: geography, organisations, the personnel registry, and idempotency claims.
-- Every table keys on a time-ordered UUID assigned by the service and carries a version for
-- optimistic locking (ETag / If-Match).

-- ---------------------------------------------------------------------------------------------
-- Divisions 行政区划. path lists the codes from the root down ('/640000/640400/640402/') so
-- "this division or anything below it" is one indexed prefix match.
-- ---------------------------------------------------------------------------------------------
create table division (
    id          uuid primary key,
    code        varchar(12)  not null,
    name        varchar(100) not null,
    level       varchar(16)  not null,
    parent_id   uuid references division (id),
    path        varchar(120) not null,
    version     bigint       not null default 0,
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now(),
    constraint uq_division_code unique (code),
    constraint ck_division_level check (level in ('PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP', 'VILLAGE')),
    constraint ck_division_code_format check (
        (level in ('PROVINCE', 'CITY', 'COUNTY') and code ~ '^[0-9]{6}$')
        or (level = 'TOWNSHIP' and code ~ '^[0-9]{9}$')
        or (level = 'VILLAGE' and code ~ '^[0-9]{12}$')),
    constraint ck_division_root check ((parent_id is null) = (level = 'PROVINCE')),
    constraint ck_division_name check (length(btrim(name)) > 0)
);
create index ix_division_parent on division (parent_id, id);
create index ix_division_level on division (level, id);
create index ix_division_path on division (path text_pattern_ops);

-- Reference data: Ningxia, Guyuan and its district and four counties (GB/T 2260).
-- Townships and villages come in through the API or bulk import.
insert into division (id, code, name, level, parent_id, path) values
    ('01900000-0000-7000-8000-000000640000', '640000', '宁夏回族自治区', 'PROVINCE', null, '/640000/'),
    ('01900000-0000-7000-8000-000000640400', '640400', '固原市', 'CITY', '01900000-0000-7000-8000-000000640000', '/640000/640400/'),
    ('01900000-0000-7000-8000-000000640402', '640402', '原州区', 'COUNTY', '01900000-0000-7000-8000-000000640400', '/640000/640400/640402/'),
    ('01900000-0000-7000-8000-000000640422', '640422', '西吉县', 'COUNTY', '01900000-0000-7000-8000-000000640400', '/640000/640400/640422/'),
    ('01900000-0000-7000-8000-000000640423', '640423', '隆德县', 'COUNTY', '01900000-0000-7000-8000-000000640400', '/640000/640400/640423/'),
    ('01900000-0000-7000-8000-000000640424', '640424', '泾源县', 'COUNTY', '01900000-0000-7000-8000-000000640400', '/640000/640400/640424/'),
    ('01900000-0000-7000-8000-000000640425', '640425', '彭阳县', 'COUNTY', '01900000-0000-7000-8000-000000640400', '/640000/640400/640425/');

-- ---------------------------------------------------------------------------------------------
-- Organisations 单位
-- ---------------------------------------------------------------------------------------------
create table organisation (
    id              uuid primary key,
    name            varchar(200) not null,
    type            varchar(40)  not null,
    division_id     uuid         not null references division (id),
    credit_code     varchar(18),
    hospital_grade  varchar(16),
    active          boolean      not null default true,
    version         bigint       not null default 0,
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    constraint uq_organisation_credit_code unique (credit_code),
    constraint ck_organisation_credit_code_format check (credit_code ~ '^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$'),
    constraint ck_organisation_hospital_grade check (hospital_grade is null or type = 'HOSPITAL'),
    constraint ck_organisation_name check (length(btrim(name)) > 0)
);
create index ix_organisation_division on organisation (division_id, id);
create index ix_organisation_type on organisation (type, id);
create index ix_organisation_name on organisation (name text_pattern_ops);

-- ---------------------------------------------------------------------------------------------
-- Personnel 人才. National ID and mobile numbers are stored only encrypted (AES-GCM) with a keyed
-- hash (HMAC-SHA-256) for exact-match lookup; the unique hash is what keeps one ID number to one
-- person when two requests race.
-- ---------------------------------------------------------------------------------------------
create table person (
    id                   uuid primary key,
    name                 varchar(50)  not null,
    gender               varchar(8)   not null,
    ethnic_group         varchar(20),
    birth_date           date         not null,
    national_id_cipher   bytea        not null,
    national_id_hash     bytea        not null,
    mobile_cipher        bytea,
    mobile_hash          bytea,
    education            varchar(30),
    degree               varchar(20),
    political_status     varchar(30),
    professional_title   varchar(100),
    title_level          varchar(20),
    employer_id          uuid references organisation (id),
    home_division_id     uuid references division (id),
    status               varchar(16)  not null default 'ACTIVE',
    deactivated_on       date,
    deactivation_reason  varchar(500),
    version              bigint       not null default 0,
    created_at           timestamptz  not null default now(),
    updated_at           timestamptz  not null default now(),
    constraint uq_person_national_id unique (national_id_hash),
    constraint ck_person_status check (status in ('ACTIVE', 'INACTIVE')),
    constraint ck_person_deactivation check ((status = 'INACTIVE') = (deactivated_on is not null)),
    constraint ck_person_name check (length(btrim(name)) > 0)
);
create index ix_person_employer on person (employer_id, id);
create index ix_person_home_division on person (home_division_id, id);
create index ix_person_status on person (status, id);
create index ix_person_name on person (name text_pattern_ops);
create index ix_person_mobile on person (mobile_hash);

create table person_category (
    person_id  uuid        not null references person (id) on delete cascade,
    category   varchar(40) not null,
    primary key (person_id, category)
);
create index ix_person_category on person_category (category, person_id);

create table person_specialty (
    person_id  uuid         not null references person (id) on delete cascade,
    specialty  varchar(100) not null,
    primary key (person_id, specialty)
);

-- ---------------------------------------------------------------------------------------------
-- Idempotency-Key claims: one row per caller and key. The primary key decides racing retries.
-- ---------------------------------------------------------------------------------------------
create table idempotency_key (
    caller             varchar(200) not null,
    key                varchar(255) not null,
    fingerprint        varchar(64)  not null,
    path               varchar(500) not null,
    state              varchar(16)  not null,
    response_status    integer,
    response_location  varchar(500),
    response_etag      varchar(100),
    response_body      text,
    created_at         timestamptz  not null,
    completed_at       timestamptz,
    primary key (caller, key),
    constraint ck_idempotency_state check (state in ('IN_FLIGHT', 'COMPLETED'))
);
create index ix_idempotency_created on idempotency_key (created_at);
