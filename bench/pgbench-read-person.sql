-- pgbench's side of "read one person": the statements the service runs for
-- GET /api/v1/personnel/{id} (as pg_stat_statements shows them, see docs/PERFORMANCE.md): the
-- person with the joins of its scope check, its specialties, its categories, then its employer
-- (or, for one in ten, its home village). Run with -M prepared for a random seeded person;
-- ids are built from row numbers as bench/seed.sql builds them.
\set n random(1, :people)
\set org :villages + 1 + (:n * 104729) % (:orgs - :villages)
\set village 1 + :n % :villages
select p1_0.id,p1_0.birth_date,p1_0.created_at,p1_0.deactivated_on,p1_0.deactivation_reason,p1_0.degree,p1_0.education,p1_0.employer_id,p1_0.ethnic_group,p1_0.gender,p1_0.home_division_id,p1_0.mobile_cipher,p1_0.mobile_hash,p1_0.name,p1_0.national_id_cipher,p1_0.national_id_hash,p1_0.political_status,p1_0.professional_title,p1_0.status,p1_0.title_level,p1_0.updated_at,p1_0.version from person p1_0 left join organisation e1_0 on e1_0.id=p1_0.employer_id left join division d1_0 on d1_0.id=e1_0.division_id left join division hd1_0 on hd1_0.id=p1_0.home_division_id where p1_0.id = ('01900000-0004-7000-8000-' || lpad(to_hex(:n::int), 12, '0'))::uuid;
select s1_0.person_id,s1_0.specialty from person_specialty s1_0 where s1_0.person_id = ('01900000-0004-7000-8000-' || lpad(to_hex(:n::int), 12, '0'))::uuid;
select c1_0.person_id,c1_0.category from person_category c1_0 where c1_0.person_id = ('01900000-0004-7000-8000-' || lpad(to_hex(:n::int), 12, '0'))::uuid;
\if :n % 10 != 0
select o1_0.id,o1_0.active,o1_0.created_at,o1_0.credit_code,o1_0.division_id,o1_0.hospital_grade,o1_0.name,o1_0.type,o1_0.updated_at,o1_0.version from organisation o1_0 where o1_0.id = ('01900000-0003-7000-8000-' || lpad(to_hex(:org::int), 12, '0'))::uuid;
\else
select d1_0.id,d1_0.code,d1_0.created_at,d1_0.level,d1_0.name,d1_0.parent_id,d1_0.path,d1_0.updated_at,d1_0.version from division d1_0 where d1_0.id = ('01900000-0002-7000-8000-' || lpad(to_hex(:village::int), 12, '0'))::uuid;
\endif
