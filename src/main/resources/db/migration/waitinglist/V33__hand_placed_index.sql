-- The children a director placed by hand in the ranking are a few per program; a page of the ranking reads
-- them all (ProgramRanking.window). Without this index that meant walking every waiting child of the program.
create index entry_hand_placed_idx on waiting_list_entry (program_id) where status = 'WAITING' and manual_position is not null;
