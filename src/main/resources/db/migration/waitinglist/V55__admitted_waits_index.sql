-- The capacity figures (issue 18) take the median and 90th-percentile wait of the children admitted in the last
-- months, per program, over every program of a region or the nation: an index range per program, not a scan of
-- the whole table.
create index entry_admitted_idx on waiting_list_entry (program_id, exited_on) where exit_reason = 'ADMITTED';
