-- Ranking page and API, first page of 50: how many wait, and the first 50 in the guide's order (priority 1
-- first, higher score, earlier receipt; not assessed last) with their names. The app also honours manual
-- positions, which it places in memory; the minimal query orders by the natural order only.
select count(*) from waiting_list_entry e where e.program_id = :prog and e.status = 'WAITING';
select e.id, e.version, e.priority, e.priority_score, e.received_on, e.manual_position, e.priority_overridden,
       e.manual_position_reason, e.manual_position_by_name, e.manual_position_at,
       c.given_names, c.paternal_surname, c.maternal_surname, c.birth_date
  from waiting_list_entry e
  join child c on c.id = e.child_id
 where e.program_id = :prog and e.status = 'WAITING'
 order by e.priority nulls last, e.priority_score desc nulls last, e.received_on, e.registered_at, e.id
 limit 50;
