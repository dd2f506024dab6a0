-- A program ends (Ley 21.719, I-SGC-01 "REGISTROS": the F-SGC-030 register is kept until the program ends, then
-- deleted): the day the administrator marked it no longer in force. Reactivating it clears the date, so a program
-- is ended exactly when it is not active.
alter table program add column ended_on date;

-- Programs already inactive ended on a day nobody recorded. The day of this migration is the earliest we can vouch
-- for: their records become due for disposal from it, never earlier than they really were.
update program set ended_on = current_date where not active;

alter table program add constraint program_ended_when_inactive check (active = (ended_on is null));
