-- The ranking (prelación) of a program's waiting children reads these columns: the current priority
-- and score (kept by the priority assessment, whose history lives in its own tables) and a manual
-- position the director may set, with its reason.

alter table waiting_list_entry
    add column priority               smallint check (priority in (1, 2)),
    add column priority_score         integer check (priority_score >= 0),
    add column priority_overridden    boolean not null default false,
    add column manual_position        integer check (manual_position > 0),
    add column manual_position_reason text,
    add column manual_position_at     timestamptz,
    add column manual_position_by_name varchar(200),
    add constraint entry_manual_position_reasoned check (manual_position is null
        or (manual_position_reason is not null and manual_position_at is not null));

-- The ranking and the monthly plan read a program's waiting children in this order.
create index entry_ranking_idx on waiting_list_entry (program_id, priority, priority_score desc, received_on)
    where status = 'WAITING';
