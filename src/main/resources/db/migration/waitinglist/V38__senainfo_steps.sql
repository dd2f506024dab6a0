-- SENAINFO's steps of I-SGC-01 (issue 16, part 4): the director enters each referral in SENAINFO's waiting list
-- and removes the child from it when not eligible. Circuito does not talk to SENAINFO; it records that the step
-- was taken, when and by whom. Entries that existed before stay unrecorded (null): nobody knows their dates.
alter table waiting_list_entry
    add column senainfo_entered_on      date,
    add column senainfo_entered_by      uuid,
    add column senainfo_entered_by_name varchar(200),
    add column senainfo_removed_on      date,
    add column senainfo_removed_by      uuid,
    add column senainfo_removed_by_name varchar(200);

alter table waiting_list_entry
    add constraint waiting_list_entry_senainfo_entered_whole
        check ((senainfo_entered_on is null) = (senainfo_entered_by_name is null)),
    add constraint waiting_list_entry_senainfo_removed_whole
        check ((senainfo_removed_on is null) = (senainfo_removed_by_name is null)),
    -- Removed only what was entered, never before it, and only a child declared not eligible.
    add constraint waiting_list_entry_senainfo_removed_after_entered
        check (senainfo_removed_on is null
            or (senainfo_entered_on is not null and senainfo_removed_on >= senainfo_entered_on
                and exit_reason = 'NOT_ELIGIBLE'));

-- The "pending in SENAINFO" filter and alert: open referrals not yet entered, not-eligible ones not yet removed.
create index waiting_list_entry_senainfo_pending
    on waiting_list_entry (program_id, received_on)
    where (status <> 'EXITED' and senainfo_entered_on is null)
       or (exit_reason = 'NOT_ELIGIBLE' and senainfo_removed_on is null);
