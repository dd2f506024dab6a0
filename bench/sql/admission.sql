-- Admission page: the places (agreed capacity, open cases, scheduled), then the ranking's first
-- (free places + 20) children with their estimated admission date, and who is already scheduled.
select p.agreed_capacity,
       (select count(*) from active_case ac where ac.program_id = p.id and ac.closed_on is null) as active,
       (select count(*) from waiting_list_entry e where e.program_id = p.id and e.status = 'SCHEDULED') as scheduled
  from program p where p.id = :prog;
select e.id, e.version, e.status, e.priority, e.priority_score, e.received_on,
       c.given_names, c.paternal_surname, c.maternal_surname, c.birth_date, est.estimated_on
  from waiting_list_entry e
  join child c on c.id = e.child_id
  left join lateral (select ae.estimated_on from admission_estimate ae
                      where ae.entry_id = e.id order by ae.computed_at desc limit 1) est on true
 where e.program_id = :prog and e.status = 'WAITING'
 order by e.priority nulls last, e.priority_score desc nulls last, e.received_on, e.registered_at, e.id
 limit (select greatest(0, p.agreed_capacity
                           - (select count(*) from active_case ac where ac.program_id = p.id and ac.closed_on is null)
                           - (select count(*) from waiting_list_entry s where s.program_id = p.id and s.status = 'SCHEDULED'))
               + 20
          from program p where p.id = :prog);
select e.id, e.scheduled_month, c.given_names, c.paternal_surname, c.maternal_surname
  from waiting_list_entry e join child c on c.id = e.child_id
 where e.program_id = :prog and e.status = 'SCHEDULED';
