-- Takes a reused database back to its seeded state for the write workloads (bench/run.sh with
-- BENCH_REUSE=yes): removes the assignments and enrolments an earlier run made, so every run's
-- writes meet the same people and sessions and none is refused for an earlier run's data.
-- The earlier runs' audit events stay (the audit trail is append-only); nothing reads them here.
begin;
delete from assignment_transition t using assignment a where t.assignment_id = a.id and a.note = 'bench';
delete from assignment where note = 'bench';
-- The seeded enrolments have ids 01900000-0009-…; the service's are UUIDv7 of the run's time.
alter table training_enrolment disable trigger tg_training_enrolment_counts;
delete from training_enrolment where id not between '01900000-0009-7000-8000-000000000000'
                                                 and '01900000-0009-7000-8000-ffffffffffff';
update training_session s set enrolled_count = coalesce(c.n, 0)
from training_session t
left join (select session_id, count(*) as n from training_enrolment where status <> 'WITHDRAWN'
           group by session_id) c on c.session_id = t.id
where s.id = t.id and s.enrolled_count <> coalesce(c.n, 0);
alter table training_enrolment enable trigger tg_training_enrolment_counts;
commit;
vacuum analyze assignment, assignment_transition, training_enrolment, training_session;
-- The removal and the vacuum dirty many pages; written out now, they are not written during the
-- first measurements (at 1,000,000, 12,906 disk writes during the pgbench row of session 23's run).
checkpoint;
