-- Priority instruments (guía de priorización) as versioned data, each program's choice of instrument
-- and cut, and the assessments that applied them to waiting children. A published instrument version
-- never changes: an assessment points at the exact version it used.

create table priority_instrument (
    id                uuid primary key,
    version           bigint not null default 0,
    code              varchar(40) not null,
    name              varchar(300) not null,
    version_number    integer not null check (version_number > 0),
    default_cut       integer not null,
    item_count        integer not null check (item_count > 0),
    -- Only published versions exist today; drafts live in the admin's editor until published.
    status            varchar(20) not null default 'PUBLISHED' check (status in ('PUBLISHED')),
    source_note       text,
    published_at      timestamptz not null,
    published_by      uuid,
    published_by_name varchar(200) not null,
    constraint priority_instrument_version_uq unique (code, version_number),
    constraint priority_instrument_cut_range check (default_cut between 1 and item_count)
);

create table priority_group (
    id            uuid primary key,
    instrument_id uuid not null references priority_instrument (id),
    position      integer not null check (position > 0),
    title         varchar(300) not null,
    constraint priority_group_position_uq unique (instrument_id, position)
);

-- Items are numbered 1..n across the whole instrument, as on the paper form.
create table priority_item (
    id            uuid primary key,
    group_id      uuid not null references priority_group (id),
    instrument_id uuid not null references priority_instrument (id),
    number        integer not null check (number > 0),
    text          text not null,
    constraint priority_item_number_uq unique (instrument_id, number)
);
create index priority_item_group_idx on priority_item (group_id, number);

-- A program's instrument and cut. No row: the default instrument's latest version and its default cut.
create table program_priority_setting (
    program_id      uuid primary key references program (id),
    version         bigint not null default 0,
    instrument_id   uuid not null references priority_instrument (id),
    cut             integer not null check (cut >= 1),
    updated_at      timestamptz not null,
    updated_by      uuid not null,
    updated_by_name varchar(200) not null
);

create table priority_assessment (
    id                 uuid primary key,
    version            bigint not null default 0,
    entry_id           uuid not null references waiting_list_entry (id) on delete cascade,
    program_id         uuid not null references program (id),
    instrument_id      uuid not null references priority_instrument (id),
    assessed_on        date not null,
    assessed_at        timestamptz not null,
    assessed_by        uuid not null,
    assessed_by_name   varchar(200) not null,
    score              integer not null check (score >= 0),
    no_data_count      integer not null check (no_data_count >= 0),
    cut_used           integer not null check (cut_used >= 1),
    computed_priority  smallint not null check (computed_priority in (1, 2)),
    override_priority  smallint check (override_priority in (1, 2)),
    override_reason    text,
    overridden_by      uuid,
    overridden_by_name varchar(200),
    overridden_at      timestamptz,
    final_priority     smallint not null check (final_priority in (1, 2)),
    notes              text,
    constraint priority_override_reasoned check (override_priority is null
        or (override_reason is not null and overridden_at is not null and overridden_by_name is not null)),
    constraint priority_final_consistent check (final_priority = coalesce(override_priority, computed_priority))
);
-- The entry page reads an entry's latest assessment; the history page all of them, newest first.
create index priority_assessment_entry_idx on priority_assessment (entry_id, assessed_at desc);
create index priority_assessment_instrument_idx on priority_assessment (instrument_id);

create table priority_answer (
    assessment_id uuid not null references priority_assessment (id) on delete cascade,
    item_id       uuid not null references priority_item (id),
    item_number   integer not null,
    answer        varchar(10) not null check (answer in ('PRESENT', 'ABSENT', 'NO_DATA')),
    primary key (assessment_id, item_number)
);

-- The SENAME 2011 guide (I-SGC-01, annex 1), verbatim: headings, item texts and their typos as printed.
-- Items 13 and 14 are cut off in the source copy and are kept as printed (docs/priority-guide.md).
-- Default cut: Priority 1 from 5 present descriptors; the source fixes no number (see the same doc).
insert into priority_instrument (id, code, name, version_number, default_cut, item_count, status, source_note,
                                 published_at, published_by, published_by_name)
values ('5e4a3e00-2011-4000-8000-000000000001', 'SENAME-2011',
        'Guía: Criterios para la priorización de niñas, niños y adolescentes en listas de espera de proyectos de reparación del maltrato y abuso sexual infantil (SENAME, 2011)',
        1, 5, 20, 'PUBLISHED',
        'I-SGC-01, anexo n°1. Los descriptores 13 y 14 están truncados en la copia de la fuente y se conservan tal como aparecen.',
        '2019-10-26T00:00:00Z', null, 'Carga inicial (I-SGC-01, anexo n°1)');

insert into priority_group (id, instrument_id, position, title) values
    ('5e4a3e00-2011-4000-8000-000000000101', '5e4a3e00-2011-4000-8000-000000000001', 1, 'I. En relación al tipo de delito'),
    ('5e4a3e00-2011-4000-8000-000000000102', '5e4a3e00-2011-4000-8000-000000000001', 2, 'II. En relación al niño (a) y adolescente'),
    ('5e4a3e00-2011-4000-8000-000000000103', '5e4a3e00-2011-4000-8000-000000000001', 3, 'III. En relación a las características del adulto (a) a cargo'),
    ('5e4a3e00-2011-4000-8000-000000000104', '5e4a3e00-2011-4000-8000-000000000001', 4, 'Iv. En relación a características contextuales.');

insert into priority_item (id, group_id, instrument_id, number, text) values
    ('5e4a3e00-2011-4000-8000-000000001001', '5e4a3e00-2011-4000-8000-000000000101', '5e4a3e00-2011-4000-8000-000000000001', 1,
     'Abuso Sexual Intrafamiliar (ej: Agresor viviendo con la víctima o en contacto permanente con ésta, con vínculo de parentesco cercano)'),
    ('5e4a3e00-2011-4000-8000-000000001002', '5e4a3e00-2011-4000-8000-000000000101', '5e4a3e00-2011-4000-8000-000000000001', 2,
     'Maltrato físico grave en niños lactantes y pre-escolares.'),
    ('5e4a3e00-2011-4000-8000-000000001003', '5e4a3e00-2011-4000-8000-000000000101', '5e4a3e00-2011-4000-8000-000000000001', 3,
     'Niños/as testigos de VIF conyugal constitutiva de delito (riesgo vital) o femicidio frustrado.'),
    ('5e4a3e00-2011-4000-8000-000000001004', '5e4a3e00-2011-4000-8000-000000000102', '5e4a3e00-2011-4000-8000-000000000001', 4,
     'Menor de 5 años, o mayor, por discapacidad física e intelectual.'),
    ('5e4a3e00-2011-4000-8000-000000001005', '5e4a3e00-2011-4000-8000-000000000102', '5e4a3e00-2011-4000-8000-000000000001', 5,
     'Niño/a o adolescente con actuaciones que lo ponen en riesgo par sí mismo y los demás.'),
    ('5e4a3e00-2011-4000-8000-000000001006', '5e4a3e00-2011-4000-8000-000000000102', '5e4a3e00-2011-4000-8000-000000000001', 6,
     'Presenta sintomatología de stress postraumático.'),
    ('5e4a3e00-2011-4000-8000-000000001007', '5e4a3e00-2011-4000-8000-000000000102', '5e4a3e00-2011-4000-8000-000000000001', 7,
     'Presenta conductas fóbicas.'),
    ('5e4a3e00-2011-4000-8000-000000001008', '5e4a3e00-2011-4000-8000-000000000102', '5e4a3e00-2011-4000-8000-000000000001', 8,
     'Adolescente víctima presenta embarazo.'),
    ('5e4a3e00-2011-4000-8000-000000001009', '5e4a3e00-2011-4000-8000-000000000103', '5e4a3e00-2011-4000-8000-000000000001', 9,
     'Adulto(a) a cargo reside junto al NNA con el agresor(a).'),
    ('5e4a3e00-2011-4000-8000-000000001010', '5e4a3e00-2011-4000-8000-000000000103', '5e4a3e00-2011-4000-8000-000000000001', 10,
     'Adulto (a) a cargo no impide o facilita el contacto y acceso del agresor(a) al niño(a) y adolescente.'),
    ('5e4a3e00-2011-4000-8000-000000001011', '5e4a3e00-2011-4000-8000-000000000103', '5e4a3e00-2011-4000-8000-000000000001', 11,
     'Adulto(a) a cargo depende económicamente del agresor (a).'),
    ('5e4a3e00-2011-4000-8000-000000001012', '5e4a3e00-2011-4000-8000-000000000103', '5e4a3e00-2011-4000-8000-000000000001', 12,
     'Adulto(a) a cargo no otorga credibilidad al relato.'),
    ('5e4a3e00-2011-4000-8000-000000001013', '5e4a3e00-2011-4000-8000-000000000103', '5e4a3e00-2011-4000-8000-000000000001', 13,
     'Adulto(a) a cargo presenta enfermedades físicas o trastornos en la salud mental que limitan su capacidad de cuidado y protección. (ej: psicosis, discapacidad'),
    ('5e4a3e00-2011-4000-8000-000000001014', '5e4a3e00-2011-4000-8000-000000000103', '5e4a3e00-2011-4000-8000-000000000001', 14,
     'Adulto (a) a cargo ha sido evaluado con incompetencias parentales (ej; demandas poco realistas con el NNA ,inflexibles, normas no razonables, no manifiesta'),
    ('5e4a3e00-2011-4000-8000-000000001015', '5e4a3e00-2011-4000-8000-000000000103', '5e4a3e00-2011-4000-8000-000000000001', 15,
     'Adulto a cargo valida métodos de disciplina y castigo que incluyen el maltrato físico y psicológico (ej: hostilidad, castigo corporal, amenazas, insultos).'),
    ('5e4a3e00-2011-4000-8000-000000001016', '5e4a3e00-2011-4000-8000-000000000103', '5e4a3e00-2011-4000-8000-000000000001', 16,
     'Adulto a cargo abusa de drogas y alcohol (ej: rechaza tratamiento, madre abusa de estupefacientes durante el embarazo, entre otros).'),
    ('5e4a3e00-2011-4000-8000-000000001017', '5e4a3e00-2011-4000-8000-000000000103', '5e4a3e00-2011-4000-8000-000000000001', 17,
     'La edad del adulto a cargo (adolescente o tercera edad) limita que asuma la responsabilidad del cuidado del niño(a) o adolescente.'),
    ('5e4a3e00-2011-4000-8000-000000001018', '5e4a3e00-2011-4000-8000-000000000104', '5e4a3e00-2011-4000-8000-000000000001', 18,
     'Adulto a cargo no cuenta con redes de apoyo social (ej: aislamiento, rechazo social, no cuenta con redes primarias de apoyo, migrante, entre otros).'),
    ('5e4a3e00-2011-4000-8000-000000001019', '5e4a3e00-2011-4000-8000-000000000104', '5e4a3e00-2011-4000-8000-000000000001', 19,
     'Adulto responsable y/o NNA son amenazados por el agresor(a) o su familia extensa.'),
    ('5e4a3e00-2011-4000-8000-000000001020', '5e4a3e00-2011-4000-8000-000000000104', '5e4a3e00-2011-4000-8000-000000000001', 20,
     'Medidas judiciales adoptadas no garantizan la protección.');
