-- A Mesa's semester or yearly plans (objectives, and activities per objective with who, when and status),
-- and its outreach and training activities.

create table mesa_plan (
    id              uuid primary key,
    version         bigint not null default 0,
    mesa_id         uuid not null references mesa (id),
    period_kind     varchar(20) not null check (period_kind in ('SEMESTER', 'YEAR')),
    year            integer not null check (year between 2000 and 2100),
    semester        integer check (semester in (1, 2)),
    title           varchar(200) not null,
    created_at      timestamptz not null,
    created_by_name varchar(200) not null,
    updated_at      timestamptz not null,
    updated_by_name varchar(200) not null,
    constraint mesa_plan_semester check ((period_kind = 'SEMESTER') = (semester is not null))
);
-- One plan per period of a Mesa.
create unique index mesa_plan_period_uq on mesa_plan (mesa_id, year, period_kind, coalesce(semester, 0));

create table mesa_plan_objective (
    id       uuid primary key,
    plan_id  uuid not null references mesa_plan (id),
    position integer not null,
    text     varchar(1000) not null
);
create index mesa_plan_objective_plan_idx on mesa_plan_objective (plan_id, position);

create table mesa_plan_activity (
    id                    uuid primary key,
    objective_id          uuid not null references mesa_plan_objective (id),
    position              integer not null,
    description           varchar(1000) not null,
    responsible_member_id uuid references mesa_member (id),
    responsible_person    varchar(200),
    -- When: a day, or (month_only) the month of that date.
    planned_on            date,
    month_only            boolean not null default false,
    status                varchar(20) not null check (status in ('PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
    done_on               date,
    note                  varchar(1000),
    constraint mesa_plan_activity_done check ((status = 'DONE') = (done_on is not null))
);
create index mesa_plan_activity_objective_idx on mesa_plan_activity (objective_id, position);

create table mesa_activity (
    id                       uuid primary key,
    version                  bigint not null default 0,
    mesa_id                  uuid not null references mesa (id),
    kind                     varchar(30) not null check (kind in ('OUTREACH_INSTITUTIONS', 'OUTREACH_COMMUNITY',
                                                                  'TRAINING_GUEST', 'SELF_TRAINING', 'OTHER')),
    title                    varchar(300) not null,
    audience                 varchar(300),
    held_on                  date not null,
    place                    varchar(300),
    participants_count       integer check (participants_count between 0 and 100000),
    participants_description varchar(1000),
    responsible_member_id    uuid references mesa_member (id),
    description              varchar(2000),
    created_at               timestamptz not null,
    created_by_name          varchar(200) not null,
    updated_at               timestamptz not null,
    updated_by_name          varchar(200) not null
);
create index mesa_activity_mesa_idx on mesa_activity (mesa_id, held_on);
