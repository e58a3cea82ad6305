-- pgbench's side of "read one person": the statements the service runs for
-- GET /api/v1/personnel/{id} (captured from the server's statement log, see docs/PERFORMANCE.md),
-- run with -M prepared for a random seeded person.
\set n random(1, :people)
select p.id, p.name, p.gender, p.birth_date, p.national_id_cipher, p.mobile_cipher, p.employer_id, p.home_division_id, p.version
from person p left join organisation e on e.id = p.employer_id left join division ed on ed.id = e.division_id
left join division hd on hd.id = p.home_division_id
where p.id = ('01900000-0004-7000-8000-' || lpad(to_hex(:n::int), 12, '0'))::uuid;
