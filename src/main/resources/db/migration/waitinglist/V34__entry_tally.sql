-- A program's list counted without reading the list (issue 14: the dashboard at 20,000 waiting counted every
-- entry on every view).
--
-- Every change of an entry that moves a count appends a line to entry_tally_change, written by a trigger, so no
-- way of writing an entry (the application, an import, a fix by hand) can leave the counts behind. Writers only
-- append: no shared counter row is locked, so two people changing two children of one program never wait for
-- each other, and no new deadlock is possible. A scheduled job (EntryTally.fold) moves the lines into the three
-- tallies below in one statement; a read adds the tallies and the lines not yet folded, so it is exact at any
-- moment, folded or not, and costs a few rows whatever the list's length.
create table entry_tally_change
(
    program_id      uuid        not null,
    status          varchar(20) not null,
    priority        smallint    not null, -- 0: not assessed
    never_monitored boolean     not null,
    received_on     date        not null,
    exited_on       date,
    admitted        boolean     not null,
    n               smallint    not null check (n in (-1, 1))
);
create index entry_tally_change_program_idx on entry_tally_change (program_id);

-- Entries by state, priority and whether they were ever monitored.
create table entry_tally
(
    program_id      uuid        not null,
    status          varchar(20) not null,
    priority        smallint    not null,
    never_monitored boolean     not null,
    n               integer     not null,
    primary key (program_id, status, priority, never_monitored)
);

-- Children waiting, by day of receipt: the median and longest wait are a walk over days, not children.
create table entry_waiting_day
(
    program_id  uuid    not null,
    received_on date    not null,
    n           integer not null,
    primary key (program_id, received_on)
);
create index entry_waiting_day_empty_idx on entry_waiting_day (program_id) where n = 0;

-- Referrals received, and exits (admissions among them), by month.
create table entry_month_flow
(
    program_id uuid    not null,
    month      date    not null check (extract(day from month) = 1),
    received   integer not null,
    exited     integer not null,
    admitted   integer not null,
    primary key (program_id, month)
);

create function entry_tally_line(e waiting_list_entry, sign smallint) returns void
    language sql as
$$
insert into entry_tally_change (program_id, status, priority, never_monitored, received_on, exited_on, admitted, n)
values (e.program_id, e.status, coalesce(e.priority, 0), e.last_monitored_on is null, e.received_on, e.exited_on,
        e.exit_reason is not distinct from 'ADMITTED', sign)
$$;

create function entry_tally_changed() returns trigger
    language plpgsql as
$$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform entry_tally_line(old, -1::smallint);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform entry_tally_line(new, 1::smallint);
    end if;
    return null;
end
$$;

create trigger entry_tally_insert_delete
    after insert or delete on waiting_list_entry
    for each row execute function entry_tally_changed();

-- An update moves the counts only when a counted column changed (most updates are of other columns).
create trigger entry_tally_update
    after update on waiting_list_entry
    for each row
    when ((old.program_id, old.status, old.priority, old.last_monitored_on is null, old.received_on, old.exited_on,
           old.exit_reason is not distinct from 'ADMITTED')
          is distinct from
          (new.program_id, new.status, new.priority, new.last_monitored_on is null, new.received_on, new.exited_on,
           new.exit_reason is not distinct from 'ADMITTED'))
    execute function entry_tally_changed();

-- Moves every line this transaction can see into the tallies, in one statement: a reader sees the lines or their
-- sums, never both and never neither. Lines of transactions still running stay for the next fold.
create function entry_tally_fold() returns integer
    language plpgsql as
$$
declare
    folded integer;
begin
    with moved as (delete from entry_tally_change returning *),
         by_state as (
             insert into entry_tally (program_id, status, priority, never_monitored, n)
             select program_id, status, priority, never_monitored, sum(n)
               from moved
              group by program_id, status, priority, never_monitored
             on conflict (program_id, status, priority, never_monitored)
                 do update set n = entry_tally.n + excluded.n),
         by_day as (
             insert into entry_waiting_day (program_id, received_on, n)
             select program_id, received_on, sum(n)
               from moved
              where status = 'WAITING'
              group by program_id, received_on
             on conflict (program_id, received_on) do update set n = entry_waiting_day.n + excluded.n),
         by_month as (
             insert into entry_month_flow (program_id, month, received, exited, admitted)
             select program_id, month, sum(received), sum(exited), sum(admitted)
               from (select program_id, date_trunc('month', received_on)::date as month, n as received,
                            0 as exited, 0 as admitted
                       from moved
                     union all
                     select program_id, date_trunc('month', exited_on)::date, 0, n,
                            case when admitted then n else 0 end
                       from moved
                      where exited_on is not null) flows
              group by program_id, month
             on conflict (program_id, month) do update
                 set received = entry_month_flow.received + excluded.received,
                     exited   = entry_month_flow.exited + excluded.exited,
                     admitted = entry_month_flow.admitted + excluded.admitted)
    select count(*) into folded from moved;
    delete from entry_waiting_day where n = 0;
    return folded;
end
$$;

-- The tallies of the entries already there.
insert into entry_tally_change (program_id, status, priority, never_monitored, received_on, exited_on, admitted, n)
select program_id, status, coalesce(priority, 0), last_monitored_on is null, received_on, exited_on,
       exit_reason is not distinct from 'ADMITTED', 1
  from waiting_list_entry;
select entry_tally_fold();
