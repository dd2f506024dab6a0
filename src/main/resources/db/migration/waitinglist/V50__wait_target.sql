-- The wait a program aims at, in business days from receipt to admission (issue 18: breach tracking, the places the
-- network needs). The national team sets the network's target (the one row without a program); a program's director
-- may set her program's own, which then holds instead. A program without a row inherits the national target.
create table wait_target (
    id               uuid primary key,
    version          bigint not null default 0,
    program_id       uuid references program (id),
    business_days    integer not null check (business_days between 5 and 500),
    updated_at       timestamptz not null,
    updated_by_name  varchar(200) not null
);
create unique index wait_target_program_uq on wait_target (program_id) where program_id is not null;
create unique index wait_target_national_uq on wait_target ((program_id is null)) where program_id is null;

-- Sixty business days (about three months) until the national team decides otherwise.
insert into wait_target (id, program_id, business_days, updated_at, updated_by_name)
values ('7f1c2a60-0000-4000-8000-000000000050', null, 60, now(), 'Circuito');
