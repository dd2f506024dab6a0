-- How long a Mesa keeps its closed cases (Ley 21.719; RecordKind.MESA_CASE_REVIEWS is kept "as the Mesa decides"),
-- and the mark a case keeps once disposed of: its initials, texts, answers and child link erased, its counts kept.

-- Whole years after the case's closing; null while the Mesa has not decided, and then no case is ever due. Who
-- decided and when stay with it (a decision back to "not decided" too), apart from the format's updated_*.
alter table mesa_case_settings
    add column keep_years                 integer check (keep_years between 1 and 30),
    add column keep_years_decided_at      timestamptz,
    add column keep_years_decided_by_name varchar(200),
    add constraint mesa_case_settings_keep_years_decided
        check (keep_years is null or (keep_years_decided_at is not null and keep_years_decided_by_name is not null));

-- The day the case was disposed of. The initials keep a neutral mark (not null holds); the closing note goes, so a
-- closed case needs its note only until then; a disposed case is closed and linked to no child.
alter table mesa_case add column disposed_on date;
alter table mesa_case drop constraint mesa_case_closed_has_note;
alter table mesa_case
    add constraint mesa_case_closed_has_note
        check (status = 'OPEN' or (closed_on is not null and (closing_note is not null or disposed_on is not null))),
    add constraint mesa_case_disposed_is_closed_and_unlinked
        check (disposed_on is null or (status = 'CLOSED' and child_id is null and closing_note is null));

-- A disposed case's reviews keep their number, session, criterion and strategies, not what was asked: every live
-- review still has its question (CaseReview.present requires the format's question section).
alter table mesa_case_review alter column question drop not null;

-- What the retention listing and its counts look for: the Mesa's closed cases not yet disposed of, by closing date.
create index mesa_case_keep_idx on mesa_case (mesa_id, closed_on) where status = 'CLOSED' and disposed_on is null;
