-- The rules the writes must keep, checked after the write workloads; prints one line.
-- Each count is of violations and must be 0.
select format('%s: %s assignments created by the run (%s ACTIVE); enrolments by the run %s; '
              'violations: two ACTIVE residencies %s, two ACTIVE first secretaries in a village %s, '
              'status not its last transition %s, session count wrong %s, session over capacity %s, '
              'person twice in a session %s',
              case when r1 + r2 + r3 + r4 + r5 + r6 = 0 then 'all hold' else 'VIOLATED' end,
              created, created_active, enrolled, r1, r2, r3, r4, r5, r6)
from (select
  (select count(*) from assignment where note = 'bench') as created,
  (select count(*) from assignment where note = 'bench' and status = 'ACTIVE') as created_active,
  (select count(*) from training_enrolment where created_at > (select max(occurred_at) from assignment_transition
                                                               where actor = 'bench-seed')) as enrolled,
  (select count(*) from (select person_id from assignment
                         where status = 'ACTIVE' and role in ('FIRST_SECRETARY', 'WORK_TEAM_LEADER', 'WORK_TEAM_MEMBER')
                         group by person_id having count(*) > 1) x) as r1,
  (select count(*) from (select host_division_id from assignment where status = 'ACTIVE' and role = 'FIRST_SECRETARY'
                         group by host_division_id having count(*) > 1) x) as r2,
  (select count(*) from assignment a
   where a.status <> (select t.to_status from assignment_transition t where t.assignment_id = a.id
                      order by t.occurred_at desc, t.id desc limit 1)) as r3,
  (select count(*) from training_session s
   where s.enrolled_count <> (select count(*) from training_enrolment e where e.session_id = s.id and e.status <> 'WITHDRAWN')) as r4,
  (select count(*) from training_session where capacity is not null and enrolled_count > capacity) as r5,
  (select count(*) from (select 1 from training_enrolment group by session_id, person_id having count(*) > 1) x) as r6
) c;
