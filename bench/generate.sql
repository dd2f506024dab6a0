-- Fictional benchmark data, loaded into a running Circuito (local profile, demo data loaded) with:
--   psql -h localhost -p <db port> -U postgres -d postgres -f bench/generate.sql
-- It creates:
--   * one big program, "PRM Banco de Pruebas Grande", with 2,000 waiting children (director: directora.prm);
--   * a national dataset of 60,000 waiting entries in 1,500 programs (the big one included);
--   * an API token for directora.prm and for nacional (see bench/README.md).
-- Every name is made up from short lists; no child has a RUT (identified by birth date), as many real
-- referrals arrive. Deterministic (setseed) so runs are comparable.

\set ON_ERROR_STOP on
begin;
select setseed(0.42);

-- Lists the names are drawn from.
create temporary table bench_given (n int, name text);
insert into bench_given select row_number() over (), x from unnest(array['Sofía','Mateo','Valentina','Agustín','Isidora','Benjamín','Emilia','Vicente','Florencia','Tomás','Josefa','Joaquín','Martina','Lucas','Antonella','Maximiliano','Catalina','Gaspar','Amanda','Facundo']) x;
create temporary table bench_surname (n int, name text);
insert into bench_surname select row_number() over (), x from unnest(array['González','Muñoz','Rojas','Díaz','Pérez','Soto','Contreras','Silva','Martínez','Sepúlveda','Morales','Rodríguez','López','Fuentes','Hernández','Torres','Araya','Flores','Espinoza','Valenzuela','Castillo','Tapia','Reyes','Gutiérrez','Castro','Pizarro','Álvarez','Vásquez','Sánchez','Fernández']) x;

insert into institution (id, name, created_at)
values ('00000000-0000-4000-8000-00000000b001', 'Fundación Banco de Pruebas (ficticia)', now())
on conflict do nothing;

insert into referrer (id, kind, name, comuna_code, created_at)
values ('00000000-0000-4000-8000-00000000b101', 'FAMILY_COURT', 'Juzgado de Familia de Pruebas (ficticio)', '13101', now())
on conflict do nothing;

-- 1,500 programs over the comunas, the first one the big PRM.
create temporary table bench_program as
select g as n,
       ('00000000-0000-4000-8001-' || lpad(to_hex(g), 12, '0'))::uuid as id,
       (select code from comuna order by code offset (g * 7) % (select count(*) from comuna) limit 1) as comuna_code,
       case when g % 2 = 0 then 'PPF' else 'PRM' end as modality_code
  from generate_series(1, 1500) g;

insert into program (id, institution_id, modality_code, name, code, comuna_code, agreed_capacity,
                     has_support_professional, active, created_at)
select id, '00000000-0000-4000-8000-00000000b001', modality_code,
       case when n = 1 then 'PRM Banco de Pruebas Grande' else modality_code || ' Banco de Pruebas ' || n end,
       'BENCH-' || n, comuna_code,
       case when n = 1 then 120 else 40 + (n % 5) * 20 end,
       n % 3 = 0, true, now() - interval '3 years'
  from bench_program;

-- 60,000 children: 2,000 for the big program, 58,000 spread over the other 1,499 (about 39 each).
create temporary table bench_entry as
select g as n,
       ('00000000-0000-4000-8002-' || lpad(to_hex(g), 12, '0'))::uuid as child_id,
       ('00000000-0000-4000-8003-' || lpad(to_hex(g), 12, '0'))::uuid as entry_id,
       case when g <= 2000 then 1 else 2 + (g % 1499) end as program_n,
       current_date - (1 + (random() * 700)::int) as received_on
  from generate_series(1, 60000) g;

insert into child (id, given_names, paternal_surname, maternal_surname, birth_date, created_at)
select e.child_id,
       (select name from bench_given where n = 1 + e.n % 20),
       (select name from bench_surname where n = 1 + (e.n / 20) % 30),
       (select name from bench_surname where n = 1 + (e.n / 600) % 30),
       current_date - (365 * 2 + (random() * 365 * 15)::int),
       now()
  from bench_entry e;

-- Waiting children, decided eligible, most assessed with the priority guide (priority and score).
insert into waiting_list_entry (id, program_id, child_id, referrer_id, referral_reason, received_on,
                                background_sufficient, admissibility_due_on, status, decided_on, decided_by_name,
                                registered_at, registered_by, registered_by_name, priority, priority_score)
select e.entry_id, p.id, e.child_id, '00000000-0000-4000-8000-00000000b101',
       'Derivación ficticia para pruebas de carga', e.received_on, true, e.received_on + 14, 'WAITING',
       e.received_on + 10, 'Directora de pruebas', e.received_on::timestamp, '00000000-0000-4000-8000-00000000b001',
       'Carga de pruebas',
       case when e.n % 10 = 0 then null when s.score >= 5 then 1 else 2 end,
       case when e.n % 10 = 0 then null else s.score end
  from bench_entry e
  join bench_program p on p.n = e.program_n
  cross join lateral (select (random() * 12)::int as score) s;

-- directora.prm directs the big program; tokens for the API benchmark.
insert into app_user_program (user_id, program_id)
select id, '00000000-0000-4000-8001-000000000001' from app_user where username = 'directora.prm'
on conflict do nothing;
insert into api_token (id, user_id, name, token_hash, prefix, created_at)
select gen_random_uuid(), id, 'benchmark', encode(sha256(convert_to('ctk_bench_directora_prm_token', 'UTF8')), 'hex'),
       'ctk_bench_', now()
  from app_user where username = 'directora.prm'
on conflict do nothing;
insert into api_token (id, user_id, name, token_hash, prefix, created_at)
select gen_random_uuid(), id, 'benchmark', encode(sha256(convert_to('ctk_bench_nacional_token', 'UTF8')), 'hex'),
       'ctk_bench_', now()
  from app_user where username = 'nacional'
on conflict do nothing;

commit;
analyze;
