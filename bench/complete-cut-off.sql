-- Run by bench/run.sh between the rounds of the create + activate + complete workload: when wrk
-- stops a round, each connection may leave one residency cut off between its activation and its
-- completion. It would keep its person ACTIVE, and the next round to reach that person (at 10,000
-- people the walk comes round again within a run) would be refused its activation. Completed here
-- as the service would: the status, the end date, a new version and the transition.
with cut as (
  update assignment set status = 'COMPLETED', actual_end_date = date '2026-11-20', version = version + 1,
                        updated_at = clock_timestamp()
  where note = 'bench' and status = 'ACTIVE' and role = 'WORK_TEAM_MEMBER'
  returning id)
insert into assignment_transition (id, assignment_id, from_status, to_status, effective_on, actor, occurred_at)
select gen_random_uuid(), id, 'ACTIVE', 'COMPLETED', date '2026-11-20', 'bench', clock_timestamp() from cut;
