-- Monitoring page with no plan yet this month: the month's proposal, i.e. 20 % of the waiting children
-- (30 % under 100), highest risk first, then longest without monitoring, then longest waiting, with their
-- names and last monitoring. (A program with a support professional lists everyone; the bench programs
-- have none.)
with waiting as (
    select e.id, e.status, e.priority, e.priority_score, e.received_on, e.registered_at,
           (select max(a.performed_on) from monitoring_action a where a.entry_id = e.id) as last_on,
           c.given_names || ' ' || c.paternal_surname || coalesce(' ' || c.maternal_surname, '') as child_name
      from waiting_list_entry e join child c on c.id = e.child_id
     where e.program_id = :prog and e.status = 'WAITING'
)
select *
  from waiting
 order by priority nulls last, priority_score desc nulls last, last_on nulls first, received_on, registered_at, id
 limit (select (count(*) * case when count(*) < 100 then 30 else 20 end + 99) / 100 from waiting);
