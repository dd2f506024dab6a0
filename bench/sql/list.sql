-- Waiting-list page, first page of 25 (default filter OPEN, sort DEADLINE): the count the pager shows and
-- the 25 rows with the page's columns, in the page's order. :prog is the program's id (pgbench -D).
select count(*) from waiting_list_entry e where e.program_id = :prog and e.status <> 'EXITED';
select e.id, e.program_id, p.name as program_name, e.status, e.exit_reason, e.received_on, e.admissibility_due_on,
       c.given_names, c.paternal_surname, c.maternal_surname, c.rut, c.birth_date, r.name as referrer_name,
       r.kind as referrer_kind, p.comuna_code, e.priority, e.priority_score, e.priority_overridden
  from waiting_list_entry e
  join child c on c.id = e.child_id
  join referrer r on r.id = e.referrer_id
  join program p on p.id = e.program_id
 where e.program_id = :prog and e.status <> 'EXITED'
 order by case e.status when 'UNDER_REVIEW' then 0 when 'WAITING' then 1 when 'SCHEDULED' then 2 else 3 end,
          e.admissibility_due_on, e.received_on, e.id
 limit 25;
