-- The list queries of /api/v1/assignments as Hibernate issues them (shape taken from the SQL
-- log), for EXPLAIN ANALYZE against a seeded database. Usage: psql ... -f bench/explain-assignments.sql
\set ON_ERROR_STOP on
\echo '--- county filter, first page'
explain (analyze, buffers, costs off)
select a.* from assignment a join division hd on hd.id = a.host_division_id
where hd.path like '/640000/640400/640422/%' order by a.id limit 51;
\echo '--- one village, ACTIVE'
explain (analyze, buffers, costs off)
select a.* from assignment a join division hd on hd.id = a.host_division_id
where hd.path like (select path from division where level = 'VILLAGE' order by code limit 1) || '%'
  and a.status = 'ACTIVE' order by a.id limit 51;
\echo '--- by person'
explain (analyze, buffers, costs off)
select a.* from assignment a where a.person_id = (select person_id from assignment offset 1000 limit 1) order by a.id limit 51;
\echo '--- role + status, deep page (keyset)'
explain (analyze, buffers, costs off)
select a.* from assignment a where a.role = 'ST_COMMISSIONER' and a.status = 'COMPLETED'
  and a.id > (select id from assignment order by id offset 200000 limit 1) order by a.id limit 51;
\echo '--- active on a date, sending level, batch year'
explain (analyze, buffers, costs off)
select a.* from assignment a where a.sending_level = 'CITY' and a.batch_year = 2021
  and a.start_date <= date '2022-01-01' and a.status not in ('PLANNED', 'CANCELLED')
  and (a.actual_end_date is null or a.actual_end_date >= date '2022-01-01') order by a.id limit 51;
\echo '--- scoped operator (county), people list with assignment-based visibility'
explain (analyze, buffers, costs off)
select p.* from person p left join organisation e on e.id = p.employer_id left join division ed on ed.id = e.division_id
left join division hd on hd.id = p.home_division_id
where (ed.path like '/640000/640400/640422/%' or (e.id is null and hd.path like '/640000/640400/640422/%')
       or exists (select 1 from assignment sa join division sd on sd.id = sa.host_division_id
                  where sa.person_id = p.id and sd.path like '/640000/640400/640422/%'))
order by p.id limit 51;
