-- The waiting list's default order (open entries by state, then deadline; ListSort.DEADLINE), so that the
-- first page of a program's list is read from the index, not sorted from the whole list (issue 14). The
-- expression must stay identical to ListSort.DEADLINE's for PostgreSQL to use it.
create index entry_list_deadline_idx on waiting_list_entry (program_id,
    (case status when 'UNDER_REVIEW' then 0 when 'WAITING' then 1 when 'SCHEDULED' then 2 else 3 end),
    admissibility_due_on, received_on, id)
    where status <> 'EXITED';

-- The ranking's natural order (Ranking.NATURAL_ORDER: priority, higher score, receipt, registration), for the
-- children not placed by hand: a page of the ranking is an index range, however long the list.
create index entry_natural_rank_idx on waiting_list_entry (program_id, priority, priority_score desc nulls last,
    received_on, registered_at, id)
    where status = 'WAITING' and manual_position is null;
