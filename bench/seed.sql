-- Fills a migrated, empty database with a synthetic national-scale registry, set-based.
-- Sizes follow :people (N): N/10 organisations, 2N assignments, 5N enrolments, and a division
-- tree of 45 counties under 5 cities with ceil(N/45,000) townships per county and 15 villages
-- per township (at 1,000,000 people: 1,035 townships, 15,525 villages).
-- The personal-data columns come from bench/PiiRows.java on stdin of the \copy below, sealed
-- with the service's keys, so every person reads back.
-- Every row satisfies the schema's constraints, checked as it is written; the only trigger set
-- aside is the enrolment counter, whose counts are then set in one statement and checked by
-- bench/invariants.sql.
-- Ids are time-ordered like the service's own (UUID version 7 layout): the second group names
-- the table, the last the row number, so the benchmark's Lua scripts can name any row.
-- Usage: java bench/PiiRows.java N | psql -v people=N -f bench/seed.sql
\set ON_ERROR_STOP on
\timing on
select :people as n, greatest(1, ceil(:people / 45000.0))::int as townships_per_county \gset
begin;

-- ----- Divisions: 4 more cities of 10 counties beside Guyuan's 5 ---------------------------
insert into division (id, code, name, level, parent_id, path)
select ('01900000-0000-7000-8000-000000' || c.code)::uuid, c.code, '市' || c.code, 'CITY',
       '01900000-0000-7000-8000-000000640000', '/640000/' || c.code || '/'
from (values ('640100'), ('640200'), ('640300'), ('640500')) c(code);
insert into division (id, code, name, level, parent_id, path)
select ('01900000-0000-7000-8000-000000' || left(c.code, 4) || lpad(k::text, 2, '0'))::uuid,
       left(c.code, 4) || lpad(k::text, 2, '0'), '县' || left(c.code, 4) || lpad(k::text, 2, '0'), 'COUNTY',
       ('01900000-0000-7000-8000-000000' || c.code)::uuid, '/640000/' || c.code || '/' || left(c.code, 4) || lpad(k::text, 2, '0') || '/'
from (values ('640100'), ('640200'), ('640300'), ('640500')) c(code) cross join generate_series(1, 10) k;
-- Counties get numbers 1..45 in code order; townships and villages are numbered from them.
create temporary table county as
select id, code, path, row_number() over (order by code) as n from division where level = 'COUNTY';
insert into division (id, code, name, level, parent_id, path)
select ('01900000-0001-7000-8000-' || lpad(to_hex((c.n - 1) * :townships_per_county + t), 12, '0'))::uuid,
       c.code || lpad(t::text, 3, '0'), '镇' || c.code || lpad(t::text, 3, '0'), 'TOWNSHIP', c.id,
       c.path || c.code || lpad(t::text, 3, '0') || '/'
from county c cross join generate_series(1, :townships_per_county) t;
create temporary table township as
select id, code, path, row_number() over (order by code) as n from division where level = 'TOWNSHIP';
insert into division (id, code, name, level, parent_id, path)
select ('01900000-0002-7000-8000-' || lpad(to_hex((t.n - 1) * 15 + v), 12, '0'))::uuid,
       t.code || lpad(v::text, 3, '0'), '村' || t.code || lpad(v::text, 3, '0'), 'VILLAGE', t.id,
       t.path || t.code || lpad(v::text, 3, '0') || '/'
from township t cross join generate_series(1, 15) v;
select count(*) as villages from division where level = 'VILLAGE' \gset
select count(*) as townships from township \gset

-- ----- Organisations: a Party branch per village, the rest spread over townships and counties ----
-- Branch of village v: row v. Others: rows villages+1 .. N/10, typed in turn.
insert into organisation (id, name, type, division_id)
select ('01900000-0003-7000-8000-' || lpad(to_hex(v), 12, '0'))::uuid, '村党支部' || v, 'VILLAGE_PARTY_BRANCH',
       ('01900000-0002-7000-8000-' || lpad(to_hex(v), 12, '0'))::uuid
from generate_series(1, :villages) v;
insert into organisation (id, name, type, division_id)
select ('01900000-0003-7000-8000-' || lpad(to_hex(o), 12, '0'))::uuid, '单位' || o,
       (array['GOVERNMENT_AGENCY', 'SCHOOL', 'ENTERPRISE', 'COOPERATIVE', 'HEALTH_CENTRE', 'PUBLIC_INSTITUTION',
              'FAMILY_FARM', 'PARTY_AGENCY'])[1 + o % 8],
       case when o % 3 = 0 then (select id from county where n = 1 + o % 45)
            else ('01900000-0001-7000-8000-' || lpad(to_hex(1 + o % :townships), 12, '0'))::uuid end
from generate_series(:villages + 1, greatest(:villages + 100, :people / 10)) o;
select count(*) as organisations from organisation where id::text like '01900000-0003-%' \gset

-- ----- People: employed by a non-branch organisation, every tenth with a home village instead ----
create temporary table pii (n int primary key, born date, cipher bytea, hash bytea);
\copy pii from pstdin
insert into person (id, name, gender, ethnic_group, birth_date, national_id_cipher, national_id_hash, education,
                    political_status, employer_id, home_division_id)
select ('01900000-0004-7000-8000-' || lpad(to_hex(n), 12, '0'))::uuid, '人才' || n,
       case when (1 + (n - 1) % 999) % 2 = 1 then 'MALE' else 'FEMALE' end,
       case when n % 3 = 0 then 'HUI' else 'HAN' end, born, cipher, hash,
       (array['BACHELOR', 'JUNIOR_COLLEGE', 'SENIOR_SECONDARY', 'MASTER'])[1 + n % 4],
       case when n % 10 in (1, 2, 4) then 'CPC_MEMBER' when n % 10 = 6 then 'CYL_MEMBER' else 'MASSES' end,
       case when n % 10 = 0 then null
            else ('01900000-0003-7000-8000-' || lpad(to_hex(:villages + 1 + (n * 104729::bigint) % (:organisations - :villages)), 12, '0'))::uuid end,
       case when n % 10 = 0 then ('01900000-0002-7000-8000-' || lpad(to_hex(1 + n % :villages), 12, '0'))::uuid end
from pii order by n;
drop table pii;
-- One or two talent categories each.
insert into person_category (person_id, category)
select ('01900000-0004-7000-8000-' || lpad(to_hex(n), 12, '0'))::uuid,
       (array['CADRE', 'TEACHER', 'DOCTOR', 'AGRICULTURAL_TECHNICIAN', 'ST_COMMISSIONER', 'LOCAL_EXPERT', 'RETURNEE',
              'NEW_FARMER', 'RESERVE_CADRE', 'ENTREPRENEUR'])[1 + ((n::bigint * 2654435761) / 128) % 10]
from generate_series(1, :people) n;
insert into person_category (person_id, category)
select ('01900000-0004-7000-8000-' || lpad(to_hex(n), 12, '0'))::uuid, 'SKILLED_WORKER'
from generate_series(3, :people, 7) n;

-- Specialties for two in five people, a second one for half of those (a page of people reads them too).
insert into person_specialty (person_id, specialty)
select ('01900000-0004-7000-8000-' || lpad(to_hex(n), 12, '0'))::uuid,
       (array['马铃薯种植', '肉牛养殖', '中药材', '冷凉蔬菜', '小杂粮', '乡村教育', '基层医疗', '电子商务'])[1 + (n + k * 3) % 8]
from generate_series(1, :people) n, generate_series(0, 1) k
where n % 5 = 0 or (n % 5 = 1 and k = 0);

-- ----- Assignments: two per person. Row n (n <= N) is an earlier term, COMPLETED; row N + n is
-- the current one: ACTIVE residency for n % 10 = 1 (the first of them, one per village, as
-- ACTIVE first secretaries, all CPC members), PLANNED for n % 10 = 2, COMPLETED otherwise.
insert into assignment (id, person_id, person_party, role, host_organisation_id, host_division_id, host_level,
                        sending_organisation_id, sending_level, batch_year, start_date, planned_end_date,
                        actual_end_date, status)
select ('01900000-0005-7000-8000-' || lpad(to_hex(a), 12, '0'))::uuid,
       ('01900000-0004-7000-8000-' || lpad(to_hex(n), 12, '0'))::uuid,
       case when n % 10 in (1, 2, 4) then 'CPC_MEMBER' when n % 10 = 6 then 'CYL_MEMBER' else 'MASSES' end,
       case when current and n % 10 = 1 and (n - 1) / 10 < :villages then 'FIRST_SECRETARY'
            when n % 5 = 3 then 'ST_COMMISSIONER' when n % 7 = 0 then 'VISITING_TEACHER'
            else 'WORK_TEAM_MEMBER' end,
       ('01900000-0003-7000-8000-' || lpad(to_hex(v), 12, '0'))::uuid,
       ('01900000-0002-7000-8000-' || lpad(to_hex(v), 12, '0'))::uuid, 'VILLAGE',
       ('01900000-0003-7000-8000-' || lpad(to_hex(:villages + 1 + a % (:organisations - :villages)), 12, '0'))::uuid,
       (array['REGION', 'CITY', 'COUNTY'])[1 + a % 3], batch, started, started + 730,
       case when status = 'COMPLETED' then started + 700 end, status
from (
    select a, n, current, 2015 + (a % 10) as batch, date '2015-03-01' + (a % 10) * 365 + a % 200 as started,
           case when current and n % 10 = 1 and (n - 1) / 10 < :villages then 1 + (n - 1) / 10
                else 1 + (n * 7919::bigint) % :villages end as v,
           case when not current then 'COMPLETED' when n % 10 = 1 then 'ACTIVE' when n % 10 = 2 then 'PLANNED'
                else 'COMPLETED' end as status
    from (select a, 1 + (a - 1) % :people as n, a > :people as current from generate_series(1, 2 * :people) a) s
) x;
-- Each assignment's history: the one transition that put it in its present status, as a
-- migration of older records would (the service records one on create, too).
insert into assignment_transition (id, assignment_id, from_status, to_status, effective_on, actor, occurred_at)
select ('01900000-0006-7000-8000-' || lpad(to_hex(a), 12, '0'))::uuid,
       ('01900000-0005-7000-8000-' || lpad(to_hex(a), 12, '0'))::uuid, null,
       case when a <= :people then 'COMPLETED' when (a - :people) % 10 = 1 then 'ACTIVE'
            when (a - :people) % 10 = 2 then 'PLANNED' else 'COMPLETED' end,
       date '2015-03-01', 'bench-seed', now()
from generate_series(1, 2 * :people) a;

-- ----- Training: N/100 programmes of 5 sessions, 100 enrolments per session (5N). The fifth
-- session of each programme runs to the end of 2027 and stays open for the enrol workload.
insert into training_programme (id, name, type, division_id, subject, year)
select ('01900000-0007-7000-8000-' || lpad(to_hex(g), 12, '0'))::uuid, '培训项目' || g,
       (array['SKILLS', 'ONBOARDING', 'SPECIAL_CLASS'])[1 + g % 3],
       case when g % 2 = 0 then (select id from county where n = 1 + g % 45)
            else ('01900000-0001-7000-8000-' || lpad(to_hex(1 + g % :townships), 12, '0'))::uuid end,
       '种养殖技术', 2021 + g % 5
from generate_series(1, greatest(1, :people / 100)) g;
select greatest(1, :people / 100) * 5 as sessions \gset
insert into training_session (id, programme_id, title, starts_on, ends_on, place, capacity, head_count)
select ('01900000-0008-7000-8000-' || lpad(to_hex(s), 12, '0'))::uuid,
       ('01900000-0007-7000-8000-' || lpad(to_hex(1 + (s - 1) / 5), 12, '0'))::uuid, '第' || (1 + (s - 1) % 5) || '期',
       case when s % 5 = 0 then date '2026-01-05' else date '2021-03-01' + ((s - 1) % 5) * 300 + s % 60 end,
       case when s % 5 = 0 then date '2027-12-31' else date '2021-03-05' + ((s - 1) % 5) * 300 + s % 60 end,
       '培训中心', case when s % 4 = 0 then 150 end, case when s % 9 = 0 then 40 else 0 end
from generate_series(1, :sessions) s;
-- Session s holds slots i = (s-1)*100 .. s*100-1; slot i enrols person 1 + i*7919 mod N, so no
-- person is twice in one session (7919 is prime to every N of 10^k).
alter table training_enrolment disable trigger tg_training_enrolment_counts;
insert into training_enrolment (id, session_id, person_id, status, enrolled_on, hours)
select ('01900000-0009-7000-8000-' || lpad(to_hex(i + 1), 12, '0'))::uuid,
       ('01900000-0008-7000-8000-' || lpad(to_hex(1 + i / 100), 12, '0'))::uuid,
       ('01900000-0004-7000-8000-' || lpad(to_hex(1 + (i * 7919) % :people), 12, '0'))::uuid,
       case when (1 + i / 100) % 5 = 0 then 'ENROLLED'
            else (array['COMPLETED', 'COMPLETED', 'COMPLETED', 'ATTENDED', 'ENROLLED', 'WITHDRAWN', 'COMPLETED', 'ATTENDED',
                        'COMPLETED', 'FAILED'])[1 + i % 10] end,
       date '2021-02-01' + ((i / 100) % 5)::int * 300, case when i % 10 in (0, 1, 2, 6, 8) then 24 end
from generate_series(0, :sessions::bigint * 100 - 1) i;
update training_session s set enrolled_count = c.n
from (select session_id, count(*) as n from training_enrolment where status <> 'WITHDRAWN' group by session_id) c
where c.session_id = s.id;
alter table training_enrolment enable trigger tg_training_enrolment_counts;
commit;
vacuum analyze;
select (select count(*) from division where level = 'TOWNSHIP') as townships,
       (select count(*) from division where level = 'VILLAGE') as villages,
       (select count(*) from organisation) as organisations, (select count(*) from person) as people,
       (select count(*) from assignment) as assignments, (select count(*) from training_enrolment) as enrolments;
