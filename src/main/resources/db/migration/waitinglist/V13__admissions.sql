-- Monthly admission (I-SGC-01 step 7): scheduling entries into next month's free places, the admission
-- interview, the program's active cases (whose count, with the scheduled entries, fills the agreed
-- capacity) and the history of each waiting child's estimated admission date.

alter table waiting_list_entry
    add column scheduled_month      date check (scheduled_month is null or extract(day from scheduled_month) = 1),
    add column scheduled_at         timestamptz,
    add column scheduled_by         uuid,
    add column scheduled_by_name    varchar(200),
    -- Why the director chose this child although the proposal did not (null when it followed the proposal).
    add column schedule_reason      text,
    add constraint entry_scheduled_complete check (status <> 'SCHEDULED'
        or (scheduled_month is not null and scheduled_at is not null));

-- Places are counted per program: scheduled entries hold a place.
create index entry_scheduled_idx on waiting_list_entry (program_id, scheduled_month) where status = 'SCHEDULED';

-- One confirmation of a month's admissions: what Circuito proposed, what the director chose, and why
-- they differ. A program may confirm more than once in a month (a place freed mid-month).
create table admission_plan (
    id                          uuid primary key,
    program_id                  uuid not null references program (id),
    month                       date not null check (extract(day from month) = 1),
    confirmed_at                timestamptz not null,
    confirmed_by                uuid not null,
    confirmed_by_name           varchar(200) not null,
    free_places_at_confirmation integer not null check (free_places_at_confirmation >= 0)
);
create index admission_plan_program_idx on admission_plan (program_id, month);

create table admission_plan_item (
    id               uuid primary key,
    plan_id          uuid not null references admission_plan (id) on delete cascade,
    entry_id         uuid not null references waiting_list_entry (id),
    proposed         boolean not null,
    chosen           boolean not null,
    deviation_reason text,
    constraint plan_item_deviation_reasoned check (proposed = chosen or deviation_reason is not null)
);
create index admission_plan_item_plan_idx on admission_plan_item (plan_id);
create index admission_plan_item_entry_idx on admission_plan_item (entry_id);

-- The admission interview with the child and the responsible adult, confirming (or correcting) the address.
create table admission_interview (
    id                uuid primary key,
    entry_id          uuid not null references waiting_list_entry (id) on delete cascade,
    held_on           date not null,
    attendees         text not null,
    address_confirmed boolean not null,
    address           text not null,
    notes             text,
    recorded_at       timestamptz not null,
    recorded_by       uuid not null,
    recorded_by_name  varchar(200) not null
);
create index admission_interview_entry_idx on admission_interview (entry_id, recorded_at desc);

-- A child in intervention in a program. Admitted through Circuito (entry set) or registered as already in the
-- program before Circuito (entry null). Open while closed_on is null; closing frees a place.
create table active_case (
    id                 uuid primary key,
    version            bigint not null default 0,
    program_id         uuid not null references program (id),
    child_id           uuid not null references child (id),
    entry_id           uuid unique references waiting_list_entry (id),
    admitted_on        date not null,
    closed_on          date,
    close_reason       varchar(30),
    close_notes        text,
    closed_by          uuid,
    closed_by_name     varchar(200),
    registered_at      timestamptz not null,
    registered_by      uuid not null,
    registered_by_name varchar(200) not null,
    constraint active_case_closed_complete check (closed_on is null
        or (close_reason is not null and close_notes is not null and closed_on >= admitted_on))
);
-- Places: open cases per program. Exit rate: closures per program and month.
create index active_case_open_idx on active_case (program_id) where closed_on is null;
create index active_case_closed_idx on active_case (program_id, closed_on) where closed_on is not null;
create index active_case_admitted_idx on active_case (program_id, admitted_on);
-- A child is at most once an open case of a program.
create unique index active_case_open_child_uq on active_case (program_id, child_id) where closed_on is null;

-- Each waiting child's estimated admission date, with what it was computed from. A new row only when the
-- date changes: the history is what the referrers were (or will be) told.
create table admission_estimate (
    id            uuid primary key,
    entry_id      uuid not null references waiting_list_entry (id) on delete cascade,
    program_id    uuid not null references program (id),
    estimated_on  date not null,
    rank          integer not null check (rank > 0),
    free_places   integer not null check (free_places >= 0),
    monthly_exits numeric(7, 2) not null check (monthly_exits > 0),
    basis_kind    varchar(10) not null check (basis_kind in ('OBSERVED', 'FALLBACK')),
    computed_at   timestamptz not null
);
create index admission_estimate_latest_idx on admission_estimate (entry_id, computed_at desc);
create index admission_estimate_program_idx on admission_estimate (program_id, entry_id, computed_at desc);
