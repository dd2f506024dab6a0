-- Fictional benchmark data, loaded into a running Circuito (local profile, demo data loaded) with:
--   psql -h localhost -p <db port> -U postgres -d postgres -f bench/generate.sql
-- It creates, next to the demo data:
--   * three programs the benchmark measures, for the "flat with size" goal:
--       BENCH-1     "PRM Banco de Pruebas Grande"  2,000 waiting  (director: directora.prm, the demo user)
--       BENCH-HUGE  "PRM Banco de Pruebas Enorme"  20,000 waiting (director: directora.huge)
--       BENCH-SMALL "PRM Banco de Pruebas Pequeño"  50 waiting    (director: directora.small)
--   * a national dataset: BENCH-2 … BENCH-1500 with 58,000 waiting children (38–39 each), so 80,050 in all;
--   * per program: a director and two professionals (bench.director.N, bench.profesional.N.1/2; the three
--     named above instead of bench.director.N), all with the demo password (circuito-demo: the hash is
--     copied from directora.prm);
--   * what a program has lived through in a year: referrals under review (deadlines past and ahead),
--     exits of the last 12 months with their reasons (not eligible, admitted, moved, turned 18, …), active
--     cases (open, and closed in the last year, which give the monthly exit rate), priority assessments of
--     the 20-descriptor guide with their answers (score = descriptors present, priority 1 from the cut of
--     5, a few overridden by the director, one in ten waiting children not yet assessed), a few manual
--     positions in the ranking, six months of monitoring plans with their actions (some children not
--     protected, with the judicial action that follows) and each waiting child's estimated admission date;
--   * API tokens: ctk_bench_directora_prm_token, ctk_bench_directora_huge_token,
--     ctk_bench_directora_small_token and ctk_bench_nacional_token (the national team, every program).
-- This month has no monitoring plan yet: the monitoring page shows the month's proposal.
-- Every name is made up from short lists (two given names, so no child collides with a demo child); no
-- child has a RUT (identified by name and birth date, as many real referrals arrive). Deterministic
-- (setseed, no parallel plans) relative to the day it is loaded, so runs are comparable. About 40 s on
-- the shared 2-core machine (faster when it is idle): 190,000 children, 128,000 entries, 400,000 answers.

\set ON_ERROR_STOP on
begin;
set local max_parallel_workers_per_gather = 0;
select setseed(0.42) \gset

-- Lists the names are drawn from.
create temporary table bench_given (n int, name text);
insert into bench_given select row_number() over (), x from unnest(array['Sofía','Mateo','Valentina','Agustín','Isidora','Benjamín','Emilia','Vicente','Florencia','Tomás','Josefa','Joaquín','Martina','Lucas','Antonella','Maximiliano','Catalina','Gaspar','Amanda','Facundo']) x;
create temporary table bench_second (n int, name text);
insert into bench_second select row_number() over (), x from unnest(array['Antonia','Ignacio','Belén','Andrés','Paz','Alejandro','Fernanda','José','Rocío','Esteban']) x;
create temporary table bench_surname (n int, name text);
insert into bench_surname select row_number() over (), x from unnest(array['González','Muñoz','Rojas','Díaz','Pérez','Soto','Contreras','Silva','Martínez','Sepúlveda','Morales','Rodríguez','López','Fuentes','Hernández','Torres','Araya','Flores','Espinoza','Valenzuela','Castillo','Tapia','Reyes','Gutiérrez','Castro','Pizarro','Álvarez','Vásquez','Sánchez','Fernández']) x;

-- Ids: one namespace per table, the row number in the last part.
create function pg_temp.bench_id(ns text, n bigint) returns uuid language sql immutable as
$$ select ('00000000-0000-4000-' || ns || '-' || lpad(to_hex(n), 12, '0'))::uuid $$;

insert into institution (id, name, created_at)
values ('00000000-0000-4000-8000-00000000b001', 'Fundación Banco de Pruebas (ficticia)', now())
on conflict do nothing;

insert into referrer (id, kind, name, comuna_code, created_at)
values ('00000000-0000-4000-8000-00000000b101', 'FAMILY_COURT', 'Juzgado de Familia de Pruebas (ficticio)', '13101', now())
on conflict do nothing;

-- Programs: 1 is the big PRM, 2..1500 the national dataset, 1501 the huge one, 1502 the small one.
-- waiting/review/exits: entries now waiting, under review, and gone in the last 12 months (not admitted);
-- open_recent: open cases admitted through Circuito in the last year (an ADMITTED entry each);
-- open_old: open cases from before (no entry); closed: cases closed in the last 12 months.
create temporary table bench_program as
select g as n,
       pg_temp.bench_id('8001', g) as id,
       (select code from comuna order by code offset (g * 7) % (select count(*) from comuna) limit 1) as comuna_code,
       case when g in (1, 1501, 1502) then 'PRM' when g % 2 = 0 then 'PPF' else 'PRM' end as modality_code,
       case g when 1 then 'BENCH-1' when 1501 then 'BENCH-HUGE' when 1502 then 'BENCH-SMALL' else 'BENCH-' || g end as code,
       case g when 1 then 'PRM Banco de Pruebas Grande' when 1501 then 'PRM Banco de Pruebas Enorme'
              when 1502 then 'PRM Banco de Pruebas Pequeño'
              else case when g % 2 = 0 then 'PPF' else 'PRM' end || ' Banco de Pruebas ' || g end as name,
       case g when 1 then 120 when 1501 then 1200 when 1502 then 40 else 20 + (g % 5) * 10 end as capacity,
       case g when 1 then 2000 when 1501 then 20000 when 1502 then 50
              else case when g - 1 <= 58000 - 38 * 1499 then 39 else 38 end end as waiting,
       g % 3 = 0 and g < 1501 as has_support_professional
  from generate_series(1, 1502) g;
alter table bench_program add column free int, add column review int, add column exits int,
                          add column open_recent int, add column open_old int, add column closed int;
update bench_program
   set free = 1 + n % 4,
       review = 1 + waiting / 40,
       exits = 2 + waiting / 5;
update bench_program
   set open_recent = (capacity - free) / 2,
       open_old = capacity - free - (capacity - free) / 2,
       closed = capacity / 2;

insert into program (id, institution_id, modality_code, name, code, comuna_code, agreed_capacity,
                     has_support_professional, active, created_at)
select id, '00000000-0000-4000-8000-00000000b001', modality_code, name, code, comuna_code, capacity,
       has_support_professional, true, now() - interval '3 years'
  from bench_program;

-- Staff: a director and two professionals per program, all with the demo password.
create temporary table bench_user as
select pg_temp.bench_id('8004', p.n * 4 + k) as id, p.n as program_n, k,
       case when k = 0 then case p.n when 1501 then 'directora.huge' when 1502 then 'directora.small'
                                     else 'bench.director.' || p.n end
            else 'bench.profesional.' || p.n || '.' || k end as username,
       (select name from bench_given where n = 1 + (p.n + k * 7) % 20) || ' '
           || (select name from bench_surname where n = 1 + (p.n * 3 + k) % 30) || ' '
           || (select name from bench_surname where n = 1 + (p.n + k * 11) % 30) as full_name,
       case when k = 0 then 'PROGRAM_DIRECTOR' else 'PROGRAM_PROFESSIONAL' end as role,
       case when k = 0 then 'Director(a) ' else 'Profesional ' end || p.name as position
  from bench_program p cross join generate_series(0, 2) k
 where not (p.n = 1 and k = 0);
insert into app_user (id, username, full_name, email, position, password_hash, role, created_at)
select u.id, u.username, u.full_name, u.username || '@bench.circuito.invalid', u.position,
       (select password_hash from app_user where username = 'directora.prm'), u.role, now() - interval '2 years'
  from bench_user u;
insert into app_user_program (user_id, program_id)
select u.id, p.id from bench_user u join bench_program p on p.n = u.program_n;
-- directora.prm (demo) directs the big program too.
insert into app_user_program (user_id, program_id)
select id, pg_temp.bench_id('8001', 1) from app_user where username = 'directora.prm'
on conflict do nothing;
update program p
   set director_user_id = coalesce(u.id, (select id from app_user where username = 'directora.prm'))
  from bench_program b left join bench_user u on u.program_n = b.n and u.k = 0
 where p.id = b.id;
-- Who records things in each program: the director and the professionals (names copied as the app does).
create temporary table bench_staff as
select b.n as program_n, coalesce(u.id, d.id) as director_id, coalesce(u.full_name, d.full_name) as director_name,
       p1.id as prof1_id, p1.full_name as prof1_name, p2.id as prof2_id, p2.full_name as prof2_name
  from bench_program b
  left join bench_user u on u.program_n = b.n and u.k = 0
  left join app_user d on d.username = 'directora.prm' and b.n = 1
  join bench_user p1 on p1.program_n = b.n and p1.k = 1
  join bench_user p2 on p2.program_n = b.n and p2.k = 2;

-- Entries, program by program: WAITING, UNDER_REVIEW, EXITED (other reasons) and ADMITTED (an open case).
create temporary table bench_entry as
select row_number() over (order by p.n, k.ord, s) as n, p.n as program_n, k.kind, s as i
  from bench_program p
 cross join lateral (values (1, 'WAITING', p.waiting), (2, 'UNDER_REVIEW', p.review), (3, 'EXITED', p.exits),
                            (4, 'ADMITTED', p.open_recent)) k (ord, kind, how_many)
 cross join lateral generate_series(1, k.how_many) s;
alter table bench_entry add column received_on date, add column decided_on date, add column exited_on date,
                        add column exit_reason text, add column birth_date date;
update bench_entry set
    exited_on = case when kind in ('EXITED', 'ADMITTED') then current_date - (1 + (random() * 364)::int) end,
    exit_reason = case when kind = 'ADMITTED' then 'ADMITTED'
                       when kind = 'EXITED' then (array['NOT_ELIGIBLE', 'NOT_ELIGIBLE', 'NOT_ELIGIBLE', 'NOT_ELIGIBLE',
                           'NOT_ELIGIBLE', 'REFERRED_ELSEWHERE', 'REFERRED_ELSEWHERE', 'REFERRED_ELSEWHERE',
                           'COURT_MEASURE_ENDED', 'COURT_MEASURE_ENDED', 'COURT_MEASURE_ENDED', 'COURT_MEASURE_ENDED',
                           'FAMILY_MOVED', 'FAMILY_MOVED', 'FAMILY_MOVED', 'TURNED_18', 'DUPLICATE', 'WITHDRAWN',
                           'WITHDRAWN', 'WITHDRAWN'])[1 + floor(random() * 20)::int] end;
update bench_entry set received_on = case kind
        when 'WAITING' then current_date - (20 + (random() * 680)::int)
        when 'UNDER_REVIEW' then current_date - (random() * 25)::int
        when 'ADMITTED' then exited_on - (40 + (random() * 500)::int)
        else exited_on - (case when exit_reason = 'NOT_ELIGIBLE' then 5 + (random() * 10)::int
                               else 20 + (random() * 400)::int end) end;
update bench_entry set decided_on = case when kind = 'UNDER_REVIEW' then null
                                         when exit_reason = 'NOT_ELIGIBLE' then exited_on
                                         else received_on + 5 + (random() * 9)::int end;
update bench_entry set decided_on = least(decided_on, current_date, coalesce(exited_on, current_date));
-- Birth dates: 4 to 16 years old today (so born before any referral here), except whoever turned 18 on
-- leaving. (name, birth date) is unique among children without RUT, as the registry requires: names
-- repeat only every 180,000 children, and then the birth date is a day apart.
create function pg_temp.bench_birth(n bigint) returns date language sql stable as
$$ select current_date - (1500 + ((n % 180000) * 7919) % 4500 + n / 180000)::int $$;
update bench_entry set birth_date = case when exit_reason = 'TURNED_18' then (exited_on - interval '18 years')::date
                                         else pg_temp.bench_birth(n) end;

insert into child (id, given_names, paternal_surname, maternal_surname, birth_date, created_at)
select pg_temp.bench_id('8002', e.n),
       (select name from bench_given where n = 1 + e.n % 20) || ' ' || (select name from bench_second where n = 1 + (e.n / 20) % 10),
       (select name from bench_surname where n = 1 + (e.n / 200) % 30),
       (select name from bench_surname where n = 1 + (e.n / 6000) % 30),
       e.birth_date, e.received_on::timestamptz
  from bench_entry e;

insert into waiting_list_entry (id, program_id, child_id, referrer_id, referral_reason, received_on,
                                background_sufficient, admissibility_due_on, status, decided_on, decided_by,
                                decided_by_name, pertinent_program_name, exit_reason, exited_on, exit_notes,
                                exited_by, exited_by_name, registered_at, registered_by, registered_by_name)
select pg_temp.bench_id('8003', e.n), p.id, pg_temp.bench_id('8002', e.n), '00000000-0000-4000-8000-00000000b101',
       (array['Medida de protección: vulneración de derechos (ficticia).',
              'Sospecha de maltrato físico informada por el establecimiento educacional (ficticia).',
              'Develación de abuso sexual; se requiere evaluación reparatoria (ficticia).',
              'Niño testigo de violencia intrafamiliar constitutiva de delito (ficticio).'])[1 + e.n % 4],
       e.received_on, e.kind <> 'UNDER_REVIEW' or e.n % 3 <> 0, e.received_on + 14,
       case e.kind when 'ADMITTED' then 'EXITED' else e.kind end,
       e.decided_on, case when e.decided_on is not null then s.director_id end,
       case when e.decided_on is not null then s.director_name end,
       case when e.exit_reason = 'NOT_ELIGIBLE' then 'Programa de Prevención Focalizada de la comuna (ficticio)' end,
       e.exit_reason, e.exited_on,
       case e.exit_reason when 'NOT_ELIGIBLE' then 'No es sujeto de atención del programa (ficticio).'
                          when 'ADMITTED' then null
                          else 'Egreso registrado por la carga de pruebas (ficticio).' end,
       case when e.exited_on is not null then s.director_id end,
       case when e.exited_on is not null then s.director_name end,
       e.received_on::timestamptz + interval '10 hours' + (e.n % 480) * interval '1 minute',
       s.prof1_id, s.prof1_name
  from bench_entry e
  join bench_program p on p.n = e.program_n
  join bench_staff s on s.program_n = e.program_n;

-- Active cases: admitted through Circuito in the last year (open), from before Circuito (open), and
-- closed in the last 12 months (what the monthly exit rate of the estimates is computed from).
insert into active_case (id, program_id, child_id, entry_id, admitted_on, registered_at, registered_by,
                         registered_by_name)
select pg_temp.bench_id('8006', e.n), p.id, pg_temp.bench_id('8002', e.n), pg_temp.bench_id('8003', e.n),
       e.exited_on, e.exited_on::timestamptz, s.director_id, s.director_name
  from bench_entry e join bench_program p on p.n = e.program_n join bench_staff s on s.program_n = e.program_n
 where e.kind = 'ADMITTED';

create temporary table bench_case as
select (select max(n) from bench_entry) + row_number() over (order by p.n, k.closed, s) as n, p.n as program_n,
       k.closed, current_date - (1 + (random() * 364)::int) as closed_on
  from bench_program p
 cross join lateral (values (false, p.open_old), (true, p.closed)) k (closed, how_many)
 cross join lateral generate_series(1, k.how_many) s;
alter table bench_case add column admitted_on date;
update bench_case set admitted_on = case when closed then closed_on - (180 + (random() * 420)::int)
                                         else current_date - (366 + (random() * 700)::int) end;
insert into child (id, given_names, paternal_surname, maternal_surname, birth_date, created_at)
select pg_temp.bench_id('8002', c.n),
       (select name from bench_given where n = 1 + c.n % 20) || ' ' || (select name from bench_second where n = 1 + (c.n / 20) % 10),
       (select name from bench_surname where n = 1 + (c.n / 200) % 30),
       (select name from bench_surname where n = 1 + (c.n / 6000) % 30),
       pg_temp.bench_birth(c.n), c.admitted_on::timestamptz
  from bench_case c;
insert into active_case (id, program_id, child_id, entry_id, admitted_on, closed_on, close_reason, close_notes,
                         closed_by, closed_by_name, registered_at, registered_by, registered_by_name)
select pg_temp.bench_id('8006', c.n), p.id, pg_temp.bench_id('8002', c.n), null, c.admitted_on,
       case when c.closed then c.closed_on end,
       case when c.closed then (array['INTERVENTION_COMPLETED', 'INTERVENTION_COMPLETED', 'INTERVENTION_COMPLETED',
                                      'TRANSFERRED', 'COURT_ORDER', 'DROPPED_OUT', 'OTHER'])[1 + c.n % 7] end,
       case when c.closed then 'Cierre registrado por la carga de pruebas (ficticio).' end,
       case when c.closed then s.director_id end, case when c.closed then s.director_name end,
       now() - interval '1 year', s.director_id, s.director_name
  from bench_case c join bench_program p on p.n = c.program_n join bench_staff s on s.program_n = c.program_n;

-- Priority assessments of nine in ten waiting children with the SENAME 2011 guide (20 descriptors, cut 5).
-- Each child has its own likelihood of a descriptor being present, so scores spread from 0 to about 14
-- and about a third reach priority 1; one assessment in 37 was overridden by the director. The three
-- measured programs keep the whole assessment (answers included); the national dataset only the entry's
-- priority and score (1.4 million answers would triple the loading time).
create temporary table bench_assessed as
select e.n, e.program_n, least(current_date, e.decided_on + (random() * 20)::int) as assessed_on,
       0.03 + random() * 0.32 as likelihood
  from bench_entry e
 where e.kind = 'WAITING' and e.n % 10 <> 0;
create temporary table bench_answer as
select a.n, a.program_n, i.number, i.id as item_id,
       case when r < a.likelihood then 'PRESENT' when r < a.likelihood + 0.05 then 'NO_DATA' else 'ABSENT' end as answer
  from bench_assessed a
 cross join priority_item i
 cross join lateral (select random() + 0 * a.n + 0 * i.number as r) x
 where i.instrument_id = '5e4a3e00-2011-4000-8000-000000000001';
create temporary table bench_assessment as
select a.n, a.program_n, a.assessed_on, sc.score, sc.no_data, pr.computed, a.n % 37 = 0 as overridden,
       case when a.n % 37 = 0 then 3 - pr.computed else pr.computed end as final
  from bench_assessed a
  join (select n, count(*) filter (where answer = 'PRESENT') as score, count(*) filter (where answer = 'NO_DATA') as no_data
          from bench_answer group by n) sc on sc.n = a.n
 cross join lateral (select case when sc.score >= 5 then 1 else 2 end as computed) pr;
insert into priority_assessment (id, entry_id, program_id, instrument_id, assessed_on, assessed_at, assessed_by,
                                 assessed_by_name, score, no_data_count, cut_used, computed_priority,
                                 override_priority, override_reason, overridden_by, overridden_by_name, overridden_at,
                                 final_priority)
select pg_temp.bench_id('8005', a.n), pg_temp.bench_id('8003', a.n), p.id, '5e4a3e00-2011-4000-8000-000000000001',
       a.assessed_on, a.assessed_on::timestamptz + interval '12 hours', s.prof1_id, s.prof1_name, a.score, a.no_data,
       5, a.computed,
       case when a.overridden then a.final end,
       case when a.overridden then 'Antecedentes nuevos del tribunal (ficticio).' end,
       case when a.overridden then s.director_id end, case when a.overridden then s.director_name end,
       case when a.overridden then a.assessed_on::timestamptz + interval '1 day' end,
       a.final
  from bench_assessment a
  join bench_program p on p.n = a.program_n
  join bench_staff s on s.program_n = a.program_n
 where a.program_n in (1, 1501, 1502);
insert into priority_answer (assessment_id, item_id, item_number, answer)
select pg_temp.bench_id('8005', n), item_id, number, answer from bench_answer where program_n in (1, 1501, 1502);
update waiting_list_entry e
   set priority = a.final, priority_score = a.score, priority_overridden = a.overridden
  from bench_assessment a
 where e.id = pg_temp.bench_id('8003', a.n);

-- A few children placed by hand in the ranking of the three measured programs.
update waiting_list_entry e
   set manual_position = x.pos * 3, manual_position_reason = 'Urgencia informada por el tribunal (ficticia).',
       manual_position_at = now() - interval '20 days', manual_position_by_name = s.director_name
  from (select b.n, b.program_n, row_number() over (partition by b.program_n order by b.n) as pos
          from bench_entry b
         where b.kind = 'WAITING' and (b.program_n in (1, 1501) and b.i % 997 = 500 or b.program_n = 1502 and b.i = 40)) x
  join bench_staff s on s.program_n = x.program_n
 where e.id = pg_temp.bench_id('8003', x.n);

-- Six past months of monitoring: a plan per program and month (a sample of 20 % — 30 % under 100 waiting —
-- or every child in person when the program has a support professional), and the actions of the month:
-- most planned children reached, a few not, some found not protected.
create temporary table bench_month as
select m, (date_trunc('month', current_date) - m * interval '1 month')::date as first_day
  from generate_series(1, 6) m;
create temporary table bench_plan as
select row_number() over (order by p.n, mo.m) as n, p.n as program_n, mo.m, mo.first_day,
       case when p.has_support_professional then 'ALL_IN_PERSON' else 'SAMPLE' end as kind,
       case when p.waiting < 100 then 0.30 else 0.20 end as share
  from bench_program p cross join bench_month mo;
insert into monitoring_plan (id, program_id, month, kind, waiting_at_creation, required_size, created_at,
                             created_by_id, created_by_name)
select pg_temp.bench_id('8007', pl.n), p.id, pl.first_day, pl.kind, p.waiting,
       case when pl.kind = 'ALL_IN_PERSON' then p.waiting else ceil(p.waiting * pl.share)::int end,
       pl.first_day::timestamptz + interval '2 days 9 hours', s.director_id, s.director_name
  from bench_plan pl join bench_program p on p.n = pl.program_n join bench_staff s on s.program_n = pl.program_n;
create temporary table bench_item as
select row_number() over (order by pl.n, e.n) as n, pl.n as plan_n, pl.program_n, pl.kind, pl.first_day, e.n as entry_n,
       row_number() over (partition by pl.n order by e.n) as position
  from bench_plan pl
  join bench_entry e on e.program_n = pl.program_n and e.kind = 'WAITING' and e.decided_on < pl.first_day
 where pl.kind = 'ALL_IN_PERSON' or random() < pl.share;
insert into monitoring_plan_item (id, plan_id, entry_id, position, reason, added_at, added_by_name)
select pg_temp.bench_id('8008', i.n), pg_temp.bench_id('8007', i.plan_n), pg_temp.bench_id('8003', i.entry_n),
       i.position,
       case when i.kind = 'ALL_IN_PERSON' then 'EVERY_WAITING_CHILD'
            else (array['HIGHEST_RISK', 'HIGHEST_RISK', 'LONGEST_WITHOUT_MONITORING', 'LONGEST_WAITING'])[1 + i.n % 4] end,
       i.first_day::timestamptz + interval '2 days 9 hours', s.director_name
  from bench_item i join bench_staff s on s.program_n = i.program_n;
create temporary table bench_action as
select i.n, i.program_n, i.entry_n, i.first_day + (random() * 26)::int as performed_on,
       case when i.kind = 'ALL_IN_PERSON' then 'IN_PERSON_INTERVIEW'
            else (array['IN_PERSON_INTERVIEW', 'OTHER_CONTACT', 'OTHER_CONTACT', 'NETWORK_COORDINATION', 'OTHER'])[1 + i.n % 5] end as kind,
       case when r < 0.03 then 'NOT_PROTECTED' when r < 0.10 then 'NOT_REACHED' else 'PROTECTED' end as outcome
  from bench_item i cross join lateral (select random() + 0 * i.n as r) x
 where random() < 0.85;
insert into monitoring_action (id, entry_id, program_id, kind, performed_on, performed_by_id, performed_by_name,
                               outcome, notes, recorded_at, recorded_by_id, recorded_by_name)
select pg_temp.bench_id('8009', a.n), pg_temp.bench_id('8003', a.entry_n), p.id, a.kind, a.performed_on,
       case when a.n % 2 = 0 then s.prof1_id else s.prof2_id end,
       case when a.n % 2 = 0 then s.prof1_name else s.prof2_name end,
       a.outcome, 'Seguimiento de la carga de pruebas (ficticio).', a.performed_on::timestamptz + interval '17 hours',
       case when a.n % 2 = 0 then s.prof1_id else s.prof2_id end,
       case when a.n % 2 = 0 then s.prof1_name else s.prof2_name end
  from bench_action a join bench_program p on p.n = a.program_n join bench_staff s on s.program_n = a.program_n;
-- Not protected: the director asks the court; answered unless it happened last month.
insert into judicial_action (id, entry_id, program_id, monitoring_action_id, opened_on, opened_at, status, kind,
                             requested_on, requested_at, requested_by_name, court_answer, answered_on, answered_at,
                             answered_by_name)
select pg_temp.bench_id('800a', a.n), pg_temp.bench_id('8003', a.entry_n), p.id, pg_temp.bench_id('8009', a.n),
       a.performed_on, a.performed_on::timestamptz + interval '18 hours',
       case when recent then 'REQUESTED' else 'RESOLVED' end,
       case when a.n % 3 = 0 then 'AUDIENCIA_EXTRAORDINARIA' else 'MEDIDA_CAUTELAR' end,
       a.performed_on + 1, a.performed_on::timestamptz + interval '1 day 10 hours', s.director_name,
       case when not recent then 'El tribunal decreta medida de protección (ficticio).' end,
       case when not recent then a.performed_on + 12 end,
       case when not recent then a.performed_on::timestamptz + interval '12 days 10 hours' end,
       case when not recent then s.director_name end
  from bench_action a join bench_program p on p.n = a.program_n join bench_staff s on s.program_n = a.program_n
 cross join lateral (select a.performed_on >= date_trunc('month', current_date) - interval '1 month' as recent) x
 where a.outcome = 'NOT_PROTECTED';

-- Each waiting child's estimated admission date, as the nightly job would have left it: its rank over
-- the program's monthly exits (closures of the last 12 months), after the free places.
insert into admission_estimate (id, entry_id, program_id, estimated_on, rank, free_places, monthly_exits,
                                basis_kind, computed_at)
select pg_temp.bench_id('800b', r.n), pg_temp.bench_id('8003', r.n), p.id,
       (date_trunc('month', current_date)
            + (1 + greatest(0, ceil((r.rank - p.free) / (p.closed / 12.0))))::int * interval '1 month')::date,
       r.rank, p.free, round(p.closed / 12.0, 2), 'OBSERVED', date_trunc('day', now()) + interval '5 hours 30 minutes'
  from (select b.n, b.program_n,
               row_number() over (partition by b.program_n
                                  order by coalesce(pa.final, 3), pa.score desc nulls last, b.received_on, b.n) as rank
          from bench_entry b left join bench_assessment pa on pa.n = b.n
         where b.kind = 'WAITING') r
  join bench_program p on p.n = r.program_n;

-- API tokens (only their SHA-256 is kept, as the app does).
insert into api_token (id, user_id, name, token_hash, prefix, created_at)
select pg_temp.bench_id('800c', t.k), u.id, 'benchmark', encode(sha256(convert_to(t.token, 'UTF8')), 'hex'),
       'ctk_bench_', now()
  from (values (1, 'directora.prm', 'ctk_bench_directora_prm_token'),
               (2, 'nacional', 'ctk_bench_nacional_token'),
               (3, 'directora.huge', 'ctk_bench_directora_huge_token'),
               (4, 'directora.small', 'ctk_bench_directora_small_token')) t (k, username, token)
  join app_user u on u.username = t.username
on conflict do nothing;

commit;
analyze;
