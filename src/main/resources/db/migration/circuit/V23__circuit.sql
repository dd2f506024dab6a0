-- A child's open active cases across programs (the over-intervention signal on the entry page):
-- entries already have entry_child_idx; active cases were only indexed by program.
create index active_case_open_child_idx on active_case (child_id) where closed_on is null;
-- The comuna's flows: the cohort received in a period, per program (entry_program_received_idx covers it),
-- and the not-eligible decisions that named a pertinent program of the network.
create index entry_pertinent_program_idx on waiting_list_entry (pertinent_program_id) where pertinent_program_id is not null;
