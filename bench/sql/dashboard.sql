-- Program dashboard: today's figures, the 12-month trend, this month's monitoring progress, open judicial
-- actions and the places — the same aggregates the page shows, one query each.
select count(*) filter (where status = 'WAITING' and priority = 1) as p1,
       count(*) filter (where status = 'WAITING' and priority = 2) as p2,
       count(*) filter (where status = 'WAITING' and priority is null) as unassessed,
       count(*) filter (where status = 'SCHEDULED') as scheduled,
       count(*) filter (where status = 'UNDER_REVIEW') as under_review,
       count(*) filter (where status = 'UNDER_REVIEW' and admissibility_due_on < current_date) as overdue,
       percentile_disc(0.5) within group (order by current_date - received_on) filter (where status = 'WAITING') as median_wait,
       max(current_date - received_on) filter (where status = 'WAITING') as longest_wait
  from waiting_list_entry
 where program_id = :prog and status <> 'EXITED';
with months as (
    select m::date as first_day, least((m + interval '1 month' - interval '1 day')::date, current_date) as last_day
      from generate_series(date_trunc('month', current_date) - interval '11 months', date_trunc('month', current_date),
                           interval '1 month') m
)
select months.first_day,
       count(e.id) filter (where e.received_on <= months.last_day and (e.exited_on is null or e.exited_on > months.last_day)) as on_list,
       count(e.id) filter (where e.received_on between months.first_day and months.last_day) as received,
       count(e.id) filter (where e.exit_reason = 'ADMITTED' and e.exited_on between months.first_day and months.last_day) as admitted
  from months
  left join waiting_list_entry e on e.program_id = :prog and e.received_on <= months.last_day
                                and (e.exited_on is null or e.exited_on >= months.first_day)
 group by months.first_day
 order by months.first_day;
select pl.kind, count(i.id) as planned,
       count(i.id) filter (where exists (select 1 from monitoring_action a
                                          where a.entry_id = i.entry_id and a.performed_on >= pl.month
                                            and a.performed_on < pl.month + interval '1 month')) as done
  from monitoring_plan pl left join monitoring_plan_item i on i.plan_id = pl.id and i.removed_at is null
 where pl.program_id = :prog and pl.month = date_trunc('month', current_date)
 group by pl.kind;
select count(*) from judicial_action where program_id = :prog and status <> 'RESOLVED';
select p.agreed_capacity,
       (select count(*) from active_case ac where ac.program_id = p.id and ac.closed_on is null) as active,
       (select count(*) from waiting_list_entry e where e.program_id = p.id and e.status = 'SCHEDULED') as scheduled
  from program p where p.id = :prog;
