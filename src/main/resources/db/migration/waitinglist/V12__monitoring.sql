-- Monitoring while waiting (I-SGC-01): the actions that clarify a waiting child's protection
-- situation, the month's monitoring plan of each program, and the judicial-action task opened when a
-- child is found not protected. Each is its own table: an entry's timeline loads whole, these do not.

create table monitoring_action (
    id                uuid primary key,
    version           bigint not null default 0,
    entry_id          uuid not null references waiting_list_entry (id) on delete cascade,
    -- Copied from the entry (which never changes program) so a program's month is read without a join.
    program_id        uuid not null references program (id),
    kind              varchar(30) not null check (kind in ('IN_PERSON_INTERVIEW', 'OTHER_CONTACT',
                                                           'NETWORK_COORDINATION', 'OTHER')),
    performed_on      date not null,
    performed_by_id   uuid not null,
    performed_by_name varchar(200) not null,
    outcome           varchar(20) not null check (outcome in ('PROTECTED', 'NOT_PROTECTED', 'NOT_REACHED')),
    notes             text,
    recorded_at       timestamptz not null,
    recorded_by_id    uuid not null,
    recorded_by_name  varchar(200) not null
);
-- An entry's history and its last monitoring (max performed_on per entry).
create index monitoring_action_entry_idx on monitoring_action (entry_id, performed_on desc, recorded_at desc);
-- What a program did in a month.
create index monitoring_action_program_month_idx on monitoring_action (program_id, performed_on);

-- One plan per program and month: a sample (no support professional) or every waiting child in person.
create table monitoring_plan (
    id                  uuid primary key,
    version             bigint not null default 0,
    program_id          uuid not null references program (id),
    month               date not null check (extract(day from month) = 1),
    kind                varchar(20) not null check (kind in ('SAMPLE', 'ALL_IN_PERSON')),
    waiting_at_creation integer not null check (waiting_at_creation >= 0),
    required_size       integer not null check (required_size >= 0),
    created_at          timestamptz not null,
    created_by_id       uuid not null,
    created_by_name     varchar(200) not null,
    constraint monitoring_plan_program_month_uq unique (program_id, month)
);

-- The children of a plan. A removed child stays, with who removed it and why.
create table monitoring_plan_item (
    id              uuid primary key,
    plan_id         uuid not null references monitoring_plan (id) on delete cascade,
    entry_id        uuid not null references waiting_list_entry (id) on delete cascade,
    position        integer not null,
    reason          varchar(40) not null check (reason in ('HIGHEST_RISK', 'LONGEST_WITHOUT_MONITORING',
                                                           'LONGEST_WAITING', 'ADDED_BY_DIRECTOR',
                                                           'EVERY_WAITING_CHILD')),
    added_at        timestamptz not null,
    added_by_name   varchar(200) not null,
    removed_at      timestamptz,
    removed_by_name varchar(200),
    removal_reason  text,
    constraint monitoring_plan_item_uq unique (plan_id, entry_id),
    constraint monitoring_plan_item_removal_reasoned check (removed_at is null or removal_reason is not null)
);
create index monitoring_plan_item_entry_idx on monitoring_plan_item (entry_id);

-- A child found not protected: the director asks the court for a medida cautelar or an extraordinary
-- hearing, and the task stays open until the court answers.
create table judicial_action (
    id                   uuid primary key,
    version              bigint not null default 0,
    entry_id             uuid not null references waiting_list_entry (id) on delete cascade,
    program_id           uuid not null references program (id),
    monitoring_action_id uuid not null references monitoring_action (id) on delete cascade,
    opened_on            date not null,
    opened_at            timestamptz not null,
    status               varchar(20) not null check (status in ('OPEN', 'REQUESTED', 'RESOLVED')),
    kind                 varchar(30) check (kind in ('MEDIDA_CAUTELAR', 'AUDIENCIA_EXTRAORDINARIA')),
    requested_on         date,
    requested_at         timestamptz,
    requested_by_name    varchar(200),
    court_answer         text,
    answered_on          date,
    answered_at          timestamptz,
    answered_by_name     varchar(200),
    constraint judicial_action_requested_complete check (status = 'OPEN'
        or (kind is not null and requested_on is not null and requested_on >= opened_on)),
    constraint judicial_action_resolved_complete check (status <> 'RESOLVED'
        or (court_answer is not null and answered_on is not null and answered_on >= requested_on))
);
-- One unresolved task per child and program: a second "not protected" joins the open one.
create unique index judicial_action_unresolved_per_entry_uq on judicial_action (entry_id) where status <> 'RESOLVED';
-- Open judicial actions per program (day page, alerts, dashboard).
create index judicial_action_open_program_idx on judicial_action (program_id, opened_on) where status <> 'RESOLVED';
create index judicial_action_program_idx on judicial_action (program_id, opened_on desc);
