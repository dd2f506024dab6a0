-- The acts of disposal (Ley 21.719; I-SGC-01, registros): what kind of record was disposed of, for which program
-- or Mesa, when, by whom, why and how many — never whose. Each record disposed of is also in the audit trail, under
-- its own subject. An act is evidence, as the audit is: the application may add acts, never change or delete them.
create table record_disposal (
    id               uuid primary key,
    kind             varchar(30) not null,
    holder           varchar(10) not null check (holder in ('PROGRAM', 'MESA', 'NETWORK')),
    -- The program or Mesa; null for the network's own records (uploaded sheets).
    holder_id        uuid,
    disposed_at      timestamptz not null,
    -- Null when no user did it: a period the deployment configured (uploaded sheets).
    disposed_by      uuid,
    disposed_by_name varchar(200) not null,
    reason           text not null,
    record_count     integer not null check (record_count > 0),
    -- The ids the records had: they no longer lead to a child, and let an auditor match the act with the trail.
    record_ids       uuid[] not null,
    constraint record_disposal_holder check ((holder = 'NETWORK') = (holder_id is null))
);
create index record_disposal_holder_idx on record_disposal (holder_id, disposed_at desc);

create function record_disposal_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'record_disposal is append-only: an act of disposal is never changed or deleted';
end $$;
create trigger record_disposal_immutable before update or delete on record_disposal
    for each row execute function record_disposal_refuse_change();
create trigger record_disposal_not_truncated before truncate on record_disposal
    for each statement execute function record_disposal_refuse_change();
