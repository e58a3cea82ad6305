-- Seeds a database (already migrated by the service) with a city-sized registry at national
-- scale for query-plan checks: ~800 villages per city-sized block, 200,000 people,
-- 400,000 assignments. Personal-data columns hold random bytes (no real numbers).
-- Usage: psql -h localhost -p PORT -U postgres -f bench/seed-assignments.sql
\set ON_ERROR_STOP on
begin;
-- 62 townships and 793 villages under Guyuan's five county-level units.
insert into division (id, code, name, level, parent_id, path)
select gen_random_uuid(), c.code || lpad(t::text, 3, '0'), '镇' || t, 'TOWNSHIP', c.id, c.path || c.code || lpad(t::text, 3, '0') || '/'
from division c cross join generate_series(101, 113) t
where c.level = 'COUNTY' and c.code like '6404%'
on conflict do nothing;
insert into division (id, code, name, level, parent_id, path)
select gen_random_uuid(), t.code || lpad(v::text, 3, '0'), '村' || v, 'VILLAGE', t.id, t.path || t.code || lpad(v::text, 3, '0') || '/'
from division t cross join generate_series(201, 213) v
where t.level = 'TOWNSHIP' and t.code like '6404%'
on conflict do nothing;
-- A Party branch per village, and 500 sending agencies at city level.
insert into organisation (id, name, type, division_id)
select gen_random_uuid(), d.name || '党支部', 'VILLAGE_PARTY_BRANCH', d.id from division d where d.level = 'VILLAGE';
insert into organisation (id, name, type, division_id)
select gen_random_uuid(), '机关' || g, 'GOVERNMENT_AGENCY', (select id from division where code = '640400')
from generate_series(1, 500) g;
-- 200,000 people employed by the agencies.
create temporary table agency as select id, row_number() over () as n from organisation where type = 'GOVERNMENT_AGENCY';
insert into person (id, name, gender, birth_date, national_id_cipher, national_id_hash, political_status, employer_id)
select gen_random_uuid(), '人' || g, case when g % 2 = 0 then 'MALE' else 'FEMALE' end, date '1970-01-01' + (g % 9000),
       decode(md5(g::text || 'c'), 'hex'), decode(md5(g::text || 'h') || md5(g::text), 'hex'), 'CPC_MEMBER', (select id from agency where n = 1 + g % 500)
from generate_series(1, 200000) g;
-- 400,000 assignments: mostly completed history, a slice active.
create temporary table branch as select o.id, o.division_id, row_number() over () as n from organisation o where o.type = 'VILLAGE_PARTY_BRANCH';
create temporary table people as select id, row_number() over () as n from person where name like '人%';
insert into assignment (id, person_id, role, host_organisation_id, host_division_id, host_level, sending_organisation_id,
                        sending_level, batch_year, start_date, planned_end_date, actual_end_date, status)
select gen_random_uuid(), p.id,
       case when g % 5 = 0 then 'ST_COMMISSIONER' when g % 7 = 0 then 'VISITING_TEACHER' else 'WORK_TEAM_MEMBER' end,
       b.id, b.division_id, 'VILLAGE', (select id from agency where n = 1 + g % 500),
       (array['REGION', 'CITY', 'COUNTY'])[1 + g % 3], 2015 + g % 10,
       date '2015-01-01' + (g % 3000), date '2015-01-01' + (g % 3000) + 700,
       case when (g % 40 = 20 and g <= 200000) or g % 40 = 0 then null else date '2015-01-01' + (g % 3000) + 600 end,
       case when g % 40 = 20 and g <= 200000 then 'ACTIVE' when g % 40 = 0 then 'PLANNED' else 'COMPLETED' end
from generate_series(1, 400000) g
join people p on p.n = 1 + (g::bigint * 7919) % 200000
join branch b on b.n = 1 + g % (select count(*) from branch);
commit;
analyze;
