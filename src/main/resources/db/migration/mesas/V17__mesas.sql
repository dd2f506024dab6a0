-- Mesas de Gestión de Casos: the Mesa of a comuna, its members and their representatives, its sessions
-- with their agenda (and the minutes written per agenda item), and its agreements with their history.
-- Plans, activities, attendance, invitations, presentation formats and case reviews add their own tables.

create table mesa (
    id                   uuid primary key,
    version              bigint not null default 0,
    comuna_code          varchar(5) not null references comuna (code),
    name                 varchar(200) not null,
    -- The founding milestone: no session can be dated before it.
    founded_on           date not null,
    frequency            varchar(20) not null check (frequency in ('MONTHLY', 'BIWEEKLY', 'CUSTOM')),
    -- CUSTOM: every so many days (null: the co-facilitators date each session by hand).
    custom_interval_days integer check (custom_interval_days between 1 and 366),
    usual_place          varchar(300),
    usual_starts_at      time,
    usual_ends_at        time,
    active               boolean not null default true,
    created_at           timestamptz not null,
    created_by_name      varchar(200) not null,
    updated_at           timestamptz not null,
    updated_by_name      varchar(200) not null
);
-- One Mesa per comuna of the circuit.
create unique index mesa_comuna_uq on mesa (comuna_code);

-- Who takes part: a program of the network, an institution, a sector (health, education, Carabineros…,
-- a modality of kind SECTOR with the local name, e.g. "CESFAM Los Volcanes"), or the territorial manager
-- (a user) where she co-leads. Co-facilitators edit the Mesa.
create table mesa_member (
    id              uuid primary key,
    version         bigint not null default 0,
    mesa_id         uuid not null references mesa (id),
    kind            varchar(30) not null check (kind in ('PROGRAM', 'INSTITUTION', 'SECTOR', 'TERRITORIAL_MANAGER')),
    program_id      uuid references program (id),
    institution_id  uuid references institution (id),
    sector_code     varchar(20) references modality (code),
    user_id         uuid references app_user (id),
    name            varchar(200) not null,
    participation   varchar(20) not null check (participation in ('PERMANENT', 'OCCASIONAL')),
    co_facilitator  boolean not null default false,
    joined_on       date not null,
    left_on         date,
    left_reason     varchar(500),
    notes           varchar(1000),
    created_at      timestamptz not null,
    constraint mesa_member_kind_ref check (
        (kind = 'PROGRAM' and program_id is not null) or
        (kind = 'INSTITUTION' and institution_id is not null) or
        (kind = 'SECTOR' and sector_code is not null) or
        (kind = 'TERRITORIAL_MANAGER' and user_id is not null))
);
create index mesa_member_mesa_idx on mesa_member (mesa_id);
create index mesa_member_program_idx on mesa_member (program_id) where program_id is not null;
create index mesa_member_institution_idx on mesa_member (institution_id) where institution_id is not null;
create index mesa_member_user_idx on mesa_member (user_id) where user_id is not null;
-- A program or institution is a current member once per Mesa.
create unique index mesa_member_program_uq on mesa_member (mesa_id, program_id) where program_id is not null and left_on is null;
create unique index mesa_member_institution_uq on mesa_member (mesa_id, institution_id) where institution_id is not null and left_on is null;

-- The membership history: joined, participation or co-facilitation changed, left, rejoined.
create table mesa_member_event (
    id         uuid primary key,
    member_id  uuid not null references mesa_member (id),
    mesa_id    uuid not null references mesa (id),
    kind       varchar(40) not null,
    on_date    date not null,
    detail     varchar(1000),
    at         timestamptz not null,
    by_name    varchar(200) not null
);
create index mesa_member_event_member_idx on mesa_member_event (member_id, at);
create index mesa_member_event_mesa_idx on mesa_member_event (mesa_id, at);

-- The named people who represent a member, with their contacts (invitations go to their e-mail).
create table mesa_representative (
    id         uuid primary key,
    version    bigint not null default 0,
    member_id  uuid not null references mesa_member (id),
    full_name  varchar(200) not null,
    position   varchar(200),
    email      varchar(200),
    phone      varchar(50),
    since      date not null,
    until      date,
    created_at timestamptz not null
);
create index mesa_representative_member_idx on mesa_representative (member_id);

create table mesa_session (
    id                        uuid primary key,
    version                   bigint not null default 0,
    mesa_id                   uuid not null references mesa (id),
    -- Sessions are numbered per Mesa in the order they were scheduled ("Sesión N° 12").
    number                    integer not null,
    held_on                   date not null,
    starts_at                 time not null,
    ends_at                   time not null,
    place                     varchar(300) not null,
    status                    varchar(20) not null check (status in ('SCHEDULED', 'HELD', 'CANCELLED')),
    cancel_reason             varchar(500),
    -- The .ics SEQUENCE: each change of date, time or place sends an update calendars recognise.
    ics_sequence              integer not null default 0,
    minutes_status            varchar(20) not null default 'DRAFT' check (minutes_status in ('DRAFT', 'CIRCULATED', 'APPROVED')),
    minutes_circulated_at     timestamptz,
    minutes_circulated_by     varchar(200),
    minutes_approved_at       timestamptz,
    minutes_approved_by       varchar(300),
    -- The session at whose reading of the minutes these minutes were approved.
    minutes_approved_in       uuid references mesa_session (id),
    minutes_corrections       text,
    created_at                timestamptz not null,
    created_by_name           varchar(200) not null,
    updated_at                timestamptz not null,
    updated_by_name           varchar(200) not null
);
create unique index mesa_session_number_uq on mesa_session (mesa_id, number);
create index mesa_session_date_idx on mesa_session (mesa_id, held_on);

-- The agenda, from the standard structure, editable per session; the minutes are written per item.
create table mesa_agenda_item (
    id          uuid primary key,
    session_id  uuid not null references mesa_session (id),
    position    integer not null,
    kind        varchar(40) not null,
    title       varchar(300) not null,
    description varchar(2000),
    presenter   varchar(200),
    notes       text,
    decisions   text
);
create index mesa_agenda_item_session_idx on mesa_agenda_item (session_id, position);

create table mesa_agreement (
    id                    uuid primary key,
    version               bigint not null default 0,
    mesa_id               uuid not null references mesa (id),
    session_id            uuid not null references mesa_session (id),
    agenda_item_id        uuid references mesa_agenda_item (id),
    -- Set when the agreement is a strategy agreed in a case review (mesa_case_review, added later).
    case_review_id        uuid,
    text                  varchar(2000) not null,
    responsible_member_id uuid not null references mesa_member (id),
    responsible_person    varchar(200),
    due_on                date,
    status                varchar(20) not null check (status in ('OPEN', 'IN_PROGRESS', 'DONE', 'NOT_POSSIBLE', 'NOT_DONE', 'CANCELLED')),
    closed_on             date,
    closing_note          varchar(2000),
    created_at            timestamptz not null,
    created_by_name       varchar(200) not null,
    updated_at            timestamptz not null,
    updated_by_name       varchar(200) not null,
    constraint mesa_agreement_closed_has_note check (
        status in ('OPEN', 'IN_PROGRESS') or (closing_note is not null and closed_on is not null))
);
create index mesa_agreement_mesa_idx on mesa_agreement (mesa_id, status);
create index mesa_agreement_member_idx on mesa_agreement (responsible_member_id, status);
create index mesa_agreement_session_idx on mesa_agreement (session_id);

-- Each change of an agreement, and each review of it at a session.
create table mesa_agreement_event (
    id           uuid primary key,
    agreement_id uuid not null references mesa_agreement (id),
    position     integer not null,
    session_id   uuid references mesa_session (id),
    status       varchar(20) not null,
    note         varchar(2000),
    at           timestamptz not null,
    by_name      varchar(200) not null
);
create index mesa_agreement_event_idx on mesa_agreement_event (agreement_id, position);
