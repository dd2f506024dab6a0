-- The waiting list: one entry per child referred to a program, from referral to exit.

create table waiting_list_entry (
    id                     uuid primary key,
    version                bigint not null default 0,
    program_id             uuid not null references program (id),
    child_id               uuid not null references child (id),
    referrer_id            uuid not null references referrer (id),
    court_rit              varchar(30),
    court_ruc              varchar(30),
    referral_reason        text not null,
    received_on            date not null,
    background_sufficient  boolean not null,
    admissibility_due_on   date not null,
    status                 varchar(20) not null,
    decided_on             date,
    decided_by             uuid,
    decided_by_name        varchar(200),
    decision_notes         text,
    pertinent_program_id   uuid references program (id),
    pertinent_program_name varchar(300),
    exit_reason            varchar(30),
    exited_on              date,
    exit_notes             text,
    exited_by              uuid,
    exited_by_name         varchar(200),
    registered_at          timestamptz not null,
    registered_by          uuid not null,
    registered_by_name     varchar(200) not null,
    constraint entry_exit_complete check (status <> 'EXITED' or (exit_reason is not null and exited_on is not null)),
    constraint entry_not_eligible_complete check (exit_reason is distinct from 'NOT_ELIGIBLE'
        or (pertinent_program_id is not null or pertinent_program_name is not null))
);
-- A child has at most one open entry per program, even when two people register at the same moment.
create unique index entry_open_per_program_uq on waiting_list_entry (program_id, child_id) where status <> 'EXITED';
create index entry_program_status_idx on waiting_list_entry (program_id, status, admissibility_due_on);
create index entry_child_idx on waiting_list_entry (child_id);

-- The entry's timeline: what happened to it, when, by whom and why.
create table entry_event (
    id                uuid primary key,
    entry_id          uuid not null references waiting_list_entry (id) on delete cascade,
    kind              varchar(40) not null,
    occurred_on       date not null,
    recorded_at       timestamptz not null,
    actor_id          uuid not null,
    actor_name        varchar(200) not null,
    action_kind       varchar(30),
    performed_by_id   uuid,
    performed_by_name varchar(200),
    notes             text,
    detail            varchar(500)
);
create index entry_event_entry_idx on entry_event (entry_id, occurred_on, recorded_at);

-- Attachments (e.g. the court's resolution) are kept in the database: backed up with it, served only
-- through access-checked, audited requests, never from a public folder.
create table entry_attachment (
    id           uuid primary key,
    entry_id     uuid not null references waiting_list_entry (id) on delete cascade,
    file_name    varchar(255) not null,
    content_type varchar(100) not null,
    size_bytes   bigint not null,
    sha256       varchar(64) not null,
    uploaded_at  timestamptz not null,
    uploaded_by  uuid not null,
    uploaded_by_name varchar(200) not null
);
create index entry_attachment_entry_idx on entry_attachment (entry_id);

create table entry_attachment_content (
    attachment_id uuid primary key references entry_attachment (id) on delete cascade,
    content       bytea not null
);
