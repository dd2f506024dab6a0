-- The Mesa's official record: session numbers follow the dates, and minutes are approved at a session that
-- took place, on its date.

-- 1. Numbers by date. Until now a session was numbered in the order it was scheduled, so a session scheduled
--    between two others could carry a number against its date. Every Mesa's sessions are numbered again by date
--    (a suspended session keeps its place: it is part of the record). From here on the application renumbers
--    only sessions not yet held (mesas.SessionSequence); the database keeps the rules below.
drop index mesa_session_number_uq;
update mesa_session s
   set number = r.place
  from (select id, row_number() over (partition by mesa_id
                                      order by held_on, status <> 'CANCELLED', starts_at, created_at, id) as place
          from mesa_session) r
 where r.id = s.id and s.number <> r.place;
-- Deferred: renumbering moves several sessions up one in a single transaction.
alter table mesa_session add constraint mesa_session_number_uq unique (mesa_id, number) deferrable initially deferred;
alter table mesa_session add constraint mesa_session_number_positive check (number > 0);

-- Who changes a Mesa's session dates or numbers holds this lock until commit: the application takes it before
-- reading the sessions (mesas.MesaScheduling), the check below at commit, so two co-facilitators scheduling at
-- the same moment queue and the second one sees the first one's session.
create function mesa_session_lock(mesa uuid) returns void language sql volatile as $$
    select pg_advisory_xact_lock(1297306451, hashtext(mesa::text));
$$;

-- No session of a Mesa may carry a smaller number than an earlier-dated one. Checked at commit, under the lock,
-- against the rows as they are then (not as the triggering statement left them).
create function mesa_session_sequence_check() returns trigger language plpgsql as $$
begin
    perform mesa_session_lock(new.mesa_id);
    if exists (select 1 from mesa_session c join mesa_session o on o.mesa_id = c.mesa_id
                where c.id = new.id
                  and ((o.number < c.number and o.held_on > c.held_on)
                    or (o.number > c.number and o.held_on < c.held_on))) then
        raise exception 'session numbers of Mesa % contradict their dates', new.mesa_id
            using errcode = 'check_violation', constraint = 'mesa_session_sequence';
    end if;
    return null;
end;
$$;
create constraint trigger mesa_session_sequence
    after insert or update of number, held_on on mesa_session
    deferrable initially deferred
    for each row execute function mesa_session_sequence_check();

-- A held session is fixed: its minutes, agreements and the minutes that approved it cite its number and date.
create function mesa_session_held_fixed() returns trigger language plpgsql as $$
begin
    if old.status = 'HELD' and (new.status <> 'HELD' or new.number <> old.number or new.held_on <> old.held_on) then
        raise exception 'session % was held: its number, date and status do not change', old.id
            using errcode = 'check_violation', constraint = 'mesa_session_held_fixed';
    end if;
    return new;
end;
$$;
create trigger mesa_session_held_fixed before update on mesa_session
    for each row execute function mesa_session_held_fixed();

-- 2. A session has taken place when it is held and its attendance is recorded.
alter table mesa_session add column attendance_recorded_at timestamptz;
update mesa_session s
   set attendance_recorded_at = (select min(a.recorded_at) from mesa_attendance a where a.session_id = s.id)
 where s.status = 'HELD';
alter table mesa_session add constraint mesa_session_attendance_held
    check (attendance_recorded_at is null or status = 'HELD');

-- 3. Minutes are approved on the date of the session that approved them, in the same Mesa: never a date to come.
alter table mesa_session add column minutes_approved_on date;
update mesa_session s set minutes_approved_on = a.held_on
  from mesa_session a where a.id = s.minutes_approved_in;
alter table mesa_session add constraint mesa_session_id_mesa_date_uq unique (id, mesa_id, held_on);
alter table mesa_session drop constraint mesa_session_minutes_approved_in_fkey;
alter table mesa_session add constraint mesa_session_approved_in_fk
    foreign key (minutes_approved_in, mesa_id, minutes_approved_on) references mesa_session (id, mesa_id, held_on);
alter table mesa_session add constraint mesa_session_approval_recorded
    check (minutes_status <> 'APPROVED' or (minutes_approved_in is not null and minutes_approved_on is not null));
-- Approved at a later session. Not checked on rows approved before this rule (a session scheduled later but
-- dated earlier could approve them); every approval from now on is.
alter table mesa_session add constraint mesa_session_approved_later
    check (minutes_approved_on is null or minutes_approved_on > held_on) not valid;
