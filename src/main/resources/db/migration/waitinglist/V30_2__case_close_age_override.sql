-- Closing a case as "turned 18" follows the same rule as the list's exit (V30_1): by the birth date, or, when the
-- registry has none, by the director's stated evidence, kept with the closing.
alter table active_case add column close_age_override text;
alter table active_case add constraint case_age_override_only_turned_18
    check (close_age_override is null or close_reason = 'TURNED_18');
