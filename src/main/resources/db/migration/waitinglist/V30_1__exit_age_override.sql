-- A "turned 18" exit must agree with the child's birth date. When the registry has none, the director states
-- how it is known (the identity card seen, the court's word): kept with the exit as its evidence.
alter table waiting_list_entry add column exit_age_override text;
alter table waiting_list_entry add constraint entry_age_override_only_turned_18
    check (exit_age_override is null or exit_reason = 'TURNED_18');
