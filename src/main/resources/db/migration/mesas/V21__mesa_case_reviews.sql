-- Case reviews of the Mesas: the presentation formats (the national 24 Horas one, seeded here, and the
-- local ones a Mesa's co-facilitators make), the cases (a child followed by a Mesa, by initials and age
-- only: never a RUT or a name), and their reviews at sessions with the answers as they were presented.

create table mesa_presentation_format (
    id              uuid primary key,
    version         bigint not null default 0,
    -- Null for the national format every Mesa may use; otherwise the Mesa that made it.
    mesa_id         uuid references mesa (id),
    national        boolean not null default false,
    name            varchar(200) not null,
    created_at      timestamptz not null,
    created_by_name varchar(200) not null,
    updated_at      timestamptz not null,
    updated_by_name varchar(200) not null,
    constraint mesa_presentation_format_owner check (national = (mesa_id is null))
);
create unique index mesa_presentation_format_national_uq on mesa_presentation_format (national) where national;
create index mesa_presentation_format_mesa_idx on mesa_presentation_format (mesa_id) where mesa_id is not null;

create table mesa_presentation_section (
    id        uuid primary key,
    format_id uuid not null references mesa_presentation_format (id),
    position  integer not null,
    label     varchar(200) not null,
    help      varchar(1000),
    required  boolean not null default false,
    -- The section that asks the Mesa its question: one per format, always required.
    question  boolean not null default false
);
create index mesa_presentation_section_format_idx on mesa_presentation_section (format_id, position);

-- Which format a Mesa presents its cases with (no row: the national one).
create table mesa_case_settings (
    mesa_id         uuid primary key references mesa (id),
    version         bigint not null default 0,
    format_id       uuid not null references mesa_presentation_format (id),
    updated_at      timestamptz not null,
    updated_by_name varchar(200) not null
);

-- A child followed by a Mesa, brought by a member (normally the program that works with the child).
create table mesa_case (
    id                   uuid primary key,
    version              bigint not null default 0,
    mesa_id              uuid not null references mesa (id),
    presenting_member_id uuid not null references mesa_member (id),
    -- Set when the program picked the child from its own list: kept for analysis across programs, never shown.
    child_id             uuid references child (id),
    initials             varchar(20) not null,
    age                  integer not null check (age between 0 and 17),
    sex                  varchar(10) check (sex in ('FEMALE', 'MALE', 'OTHER')),
    status               varchar(10) not null check (status in ('OPEN', 'CLOSED')),
    closed_on            date,
    closing_note         varchar(2000),
    opened_at            timestamptz not null,
    opened_by_name       varchar(200) not null,
    updated_at           timestamptz not null,
    updated_by_name      varchar(200) not null,
    constraint mesa_case_closed_has_note check (status = 'OPEN' or (closing_note is not null and closed_on is not null))
);
create index mesa_case_mesa_idx on mesa_case (mesa_id, status);
create index mesa_case_member_idx on mesa_case (presenting_member_id);
create index mesa_case_child_idx on mesa_case (child_id) where child_id is not null;

-- A case presented at a session: the criterion it was chosen for, the answers under the labels the format
-- had that day, the question, what was discussed; the strategies are agreements (mesa_agreement.case_review_id).
create table mesa_case_review (
    id              uuid primary key,
    version         bigint not null default 0,
    case_id         uuid not null references mesa_case (id),
    mesa_id         uuid not null references mesa (id),
    session_id      uuid not null references mesa_session (id),
    -- 1 for the first presentation of the case, 2 for its first follow-up, …
    number          integer not null,
    criterion       varchar(30) not null check (criterion in
                        ('COMPLEX_SITUATION', 'SEVERAL_PROGRAMS', 'HEALTH_OR_EDUCATION', 'NO_PROGRESS', 'GOOD_PRACTICE')),
    format_id       uuid references mesa_presentation_format (id),
    format_name     varchar(200) not null,
    question        text not null,
    discussion      text,
    created_at      timestamptz not null,
    created_by_name varchar(200) not null
);
create unique index mesa_case_review_number_uq on mesa_case_review (case_id, number);
-- A case is reviewed once per session.
create unique index mesa_case_review_session_uq on mesa_case_review (case_id, session_id);
create index mesa_case_review_session_idx on mesa_case_review (session_id, created_at);
create index mesa_case_review_mesa_idx on mesa_case_review (mesa_id, criterion);

-- The answers keep the label of their section as it was: a later change of the format rewrites no review.
create table mesa_case_review_answer (
    id        uuid primary key,
    review_id uuid not null references mesa_case_review (id),
    position  integer not null,
    label     varchar(200) not null,
    question  boolean not null default false,
    content   text
);
create index mesa_case_review_answer_review_idx on mesa_case_review_answer (review_id, position);

alter table mesa_agreement
    add constraint mesa_agreement_case_review_fk foreign key (case_review_id) references mesa_case_review (id);
create index mesa_agreement_case_review_idx on mesa_agreement (case_review_id) where case_review_id is not null;

-- The national format of Programa 24 Horas.
insert into mesa_presentation_format (id, version, mesa_id, national, name, created_at, created_by_name, updated_at, updated_by_name)
values ('2f4b9a10-0000-4000-8000-000000000024', 0, null, true, 'Formato nacional Programa 24 Horas',
        now(), 'Circuito', now(), 'Circuito');
insert into mesa_presentation_section (id, format_id, position, label, help, required, question) values
('2f4b9a10-0001-4000-8000-000000000024', '2f4b9a10-0000-4000-8000-000000000024', 0, 'Antecedentes',
 'Situación del niño, niña o adolescente y su familia, motivo de ingreso y medidas vigentes. Sin nombres ni RUT.', true, false),
('2f4b9a10-0002-4000-8000-000000000024', '2f4b9a10-0000-4000-8000-000000000024', 1, 'Intervenciones realizadas',
 'Qué se ha hecho hasta hoy, desde cuándo y con qué resultados.', true, false),
('2f4b9a10-0003-4000-8000-000000000024', '2f4b9a10-0000-4000-8000-000000000024', 2, 'Programas involucrados',
 'Programas y sectores que atienden o atendieron al niño, niña o adolescente (salud, educación, otros).', false, false),
('2f4b9a10-0004-4000-8000-000000000024', '2f4b9a10-0000-4000-8000-000000000024', 3, 'Nudos críticos',
 'Qué obstaculiza la intervención o qué la hizo exitosa.', true, false),
('2f4b9a10-0005-4000-8000-000000000024', '2f4b9a10-0000-4000-8000-000000000024', 4, 'Pregunta a la Mesa',
 'Qué necesita el equipo de la Mesa: una mirada, una coordinación, un recurso.', true, true);
