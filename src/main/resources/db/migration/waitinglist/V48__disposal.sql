-- Disposal of the waiting list's records at the end of their retention (Ley 21.719; I-SGC-01, "REGISTROS": the
-- F-SGC-030 register and what hangs from each entry are kept until the program ends, the priority guide five years).
-- Disposal is an explicit, audited act that erases who the child is and every free text, and keeps what the figures
-- count (program, referrer, dates, states, exit reasons, priorities and scores, who decided): the rows stay, marked
-- with the day they were disposed of, so every count, flow and tally that counted them still does.

-- An entry: no child any more (the registry forgets the child once nothing refers to it), no court case, no reason.
alter table waiting_list_entry
    add column disposed_on date,
    alter column child_id drop not null,
    alter column referral_reason drop not null;
alter table waiting_list_entry
    add constraint entry_child_until_disposed
        check (disposed_on is not null or (child_id is not null and referral_reason is not null)),
    -- Only an entry that left the list is disposed of, and then it names no child.
    add constraint entry_disposed_has_left
        check (disposed_on is null or (status = 'EXITED' and child_id is null));

-- The entry's active case: closed, then disposed of with its entry.
alter table active_case
    add column disposed_on date,
    alter column child_id drop not null;
alter table active_case drop constraint active_case_closed_complete;
alter table active_case
    add constraint active_case_closed_complete check (closed_on is null
        or (close_reason is not null and (close_notes is not null or disposed_on is not null)
            and closed_on >= admitted_on)),
    add constraint active_case_child_until_disposed check (disposed_on is not null or child_id is not null),
    add constraint active_case_disposed_closed
        check (disposed_on is null or (closed_on is not null and child_id is null));

-- The admission interview: who came, the address and the notes go.
alter table admission_interview
    add column disposed_on date,
    alter column attendees drop not null,
    alter column address drop not null;
alter table admission_interview
    add constraint admission_interview_complete_until_disposed
        check (disposed_on is not null or (attendees is not null and address is not null));

-- A resolved judicial action keeps its kind and dates; the court's answer goes.
alter table judicial_action add column disposed_on date;
alter table judicial_action drop constraint judicial_action_resolved_complete;
alter table judicial_action
    add constraint judicial_action_resolved_complete check (status <> 'RESOLVED'
        or ((court_answer is not null or disposed_on is not null) and answered_on is not null
            and answered_on >= requested_on)),
    add constraint judicial_action_disposed_resolved check (disposed_on is null or status = 'RESOLVED');

-- A month's monitoring plan and admission plan keep the child's line (the month's figures); the reasons written
-- about the child go.
alter table monitoring_plan_item add column disposed_on date;
alter table monitoring_plan_item drop constraint monitoring_plan_item_removal_reasoned;
alter table monitoring_plan_item
    add constraint monitoring_plan_item_removal_reasoned
        check (removed_at is null or removal_reason is not null or disposed_on is not null);

alter table admission_plan_item add column disposed_on date;
alter table admission_plan_item drop constraint plan_item_deviation_reasoned;
alter table admission_plan_item
    add constraint plan_item_deviation_reasoned
        check (proposed = chosen or deviation_reason is not null or disposed_on is not null);

-- A priority assessment keeps its score, counts, cut and priorities (computed, override, final) with their dates;
-- the item-by-item answers (priority_answer rows, deleted), the notes and the override's reason go.
alter table priority_assessment add column disposed_on date;
alter table priority_assessment drop constraint priority_override_reasoned;
alter table priority_assessment
    add constraint priority_override_reasoned check (override_priority is null
        or ((override_reason is not null or disposed_on is not null) and overridden_at is not null
            and overridden_by_name is not null));

-- What is due: a program's assessments not yet disposed of, by date.
create index priority_assessment_retention_idx on priority_assessment (program_id, assessed_on)
    where disposed_on is null;
