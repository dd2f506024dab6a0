-- National capacity figures (issue 18): the same rows the capacity API reads for the nation, straight from the
-- tables without the tallies — every region's places, list, six months' flows, cases closed and the admitted's
-- waits, and the nation's months with the list at each month's end counted back from today.
with scope_programs as (
    select p.id, p.agreed_capacity as capacity, r.code as part_key, r.name as part_name
      from program p join comuna c on c.code = p.comuna_code join region r on r.code = c.region_code
     where p.active
), per_program as (
    select sp.part_key, sp.part_name, sp.capacity,
           (select count(*) from waiting_list_entry e where e.program_id = sp.id and e.status <> 'EXITED') as on_list,
           (select count(*) from waiting_list_entry e where e.program_id = sp.id
               and e.received_on >= date_trunc('month', current_date) - interval '6 months'
               and e.received_on < date_trunc('month', current_date)) as received,
           (select count(*) from active_case k where k.program_id = sp.id
               and k.closed_on >= date_trunc('month', current_date) - interval '6 months'
               and k.closed_on < date_trunc('month', current_date)) as closed
      from scope_programs sp
)
select part_key, part_name, count(*), sum(capacity), sum(on_list), sum(received), sum(closed)
  from per_program group by grouping sets ((part_key, part_name), ()) order by part_name;
select percentile_cont(0.5) within group (order by e.exited_on - e.received_on),
       percentile_cont(0.9) within group (order by e.exited_on - e.received_on)
  from waiting_list_entry e join program p on p.id = e.program_id
 where p.active and e.exit_reason = 'ADMITTED'
   and e.exited_on >= date_trunc('month', current_date) - interval '6 months';
select date_trunc('month', e.received_on) as month, count(*)
  from waiting_list_entry e join program p on p.id = e.program_id
 where p.active and e.received_on >= date_trunc('month', current_date) - interval '12 months'
 group by 1 order by 1;
