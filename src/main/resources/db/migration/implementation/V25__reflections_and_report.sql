-- The process side of implementation monitoring (minuta IV.2, "Respecto del Proceso"): each Mesa's semester
-- reflection (facilitators inside and outside the Mesa, risks, achievements), and the managers' notes that
-- open and close the yearly report (regional, or national when region_code is null).

create table mesa_reflection (
    id              uuid primary key,
    version         bigint not null default 0,
    mesa_id         uuid not null references mesa (id),
    year            integer not null check (year between 2010 and 2100),
    semester        integer not null check (semester in (1, 2)),
    -- The source's categories ticked, as a comma-separated list of ReflectionAspect names (a closed set,
    -- read whole with the reflection; never queried one by one).
    aspects         varchar(1000) not null default '',
    intra_notes     varchar(4000),
    extra_notes     varchar(4000),
    risk_notes      varchar(4000),
    achievement_notes varchar(4000),
    created_at      timestamptz not null,
    created_by_name varchar(200) not null,
    updated_at      timestamptz not null,
    updated_by_name varchar(200) not null
);
-- One reflection per Mesa and semester; the report reads a year's of many Mesas at once.
create unique index mesa_reflection_semester_uq on mesa_reflection (mesa_id, year, semester);

create table implementation_note (
    id                uuid primary key,
    version           bigint not null default 0,
    year              integer not null check (year between 2010 and 2100),
    -- Null: the national notes, written by the national team.
    region_code       varchar(2) references region (code),
    presentation      varchar(8000),
    functioning       varchar(8000),
    process           varchar(8000),
    conclusions       varchar(8000),
    created_at        timestamptz not null,
    created_by_name   varchar(200) not null,
    updated_at        timestamptz not null,
    updated_by_name   varchar(200) not null
);
create unique index implementation_note_scope_uq on implementation_note (year, coalesce(region_code, ''));
