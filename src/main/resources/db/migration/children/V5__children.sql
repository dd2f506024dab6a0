-- The child registry: one record per child across programs.

create table child (
    id               uuid primary key,
    version          bigint not null default 0,
    rut              varchar(12),
    given_names      varchar(100) not null,
    paternal_surname varchar(100) not null,
    maternal_surname varchar(100),
    birth_date       date,
    created_at       timestamptz not null,
    created_by       uuid,
    constraint child_identified check (rut is not null or birth_date is not null)
);
create unique index child_rut_uq on child (rut) where rut is not null;
create index child_unidentified_idx on child (birth_date) where rut is null;
