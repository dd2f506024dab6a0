-- Oficios (letters) to the referring bodies: templates per institution, letterheads, per-program settings,
-- the letters themselves with the children they concern, their frozen PDFs, and the numbering counters.

-- A template per kind: the default (institution_id null) that every institution starts from, and each
-- institution's own version once its admin edits it. Placeholders are {{field}} (letters.TemplateField).
create table letter_template (
    id              uuid primary key,
    version         bigint not null default 0,
    institution_id  uuid references institution (id),
    kind            varchar(40) not null,
    subject         varchar(300) not null,
    body            text not null,
    updated_at      timestamptz not null,
    updated_by_name varchar(200) not null
);
create unique index letter_template_default_uq on letter_template (kind) where institution_id is null;
create unique index letter_template_institution_uq on letter_template (institution_id, kind) where institution_id is not null;

-- The institution's letterhead: its logo (kept in the database, served only inside PDFs) and the lines
-- printed under it (address, phone, web).
create table letterhead (
    institution_id    uuid primary key references institution (id),
    version           bigint not null default 0,
    logo              bytea,
    logo_content_type varchar(100),
    logo_file_name    varchar(255),
    header_lines      varchar(500),
    footer_lines      varchar(500),
    updated_at        timestamptz not null,
    updated_by_name   varchar(200) not null,
    constraint letterhead_logo_typed check (logo is null or logo_content_type is not null)
);

-- What each program decides about its letters.
create table letter_settings (
    program_id              uuid primary key references program (id),
    version                 bigint not null default 0,
    paper_size              varchar(10) not null default 'A4' check (paper_size in ('A4', 'LETTER')),
    -- A changed estimated admission date drafts an update only when it moves at least this many days.
    estimate_threshold_days integer not null default 30 check (estimate_threshold_days between 0 and 365),
    -- The monthly batch of estimated dates: one letter per court listing its children, or one per child.
    batch_mode              varchar(20) not null default 'PER_COURT' check (batch_mode in ('PER_COURT', 'PER_CHILD')),
    -- Where letters are signed ("Concepción"); the program's comuna when empty.
    city                    varchar(100),
    updated_at              timestamptz not null,
    updated_by_name         varchar(200) not null
);

create table letter (
    id                   uuid primary key,
    version              bigint not null default 0,
    program_id           uuid not null references program (id),
    kind                 varchar(40) not null,
    status               varchar(20) not null check (status in ('DRAFT', 'ISSUED', 'SENT', 'DISCARDED', 'DISPOSED')),
    -- The addressee, copied when drafted (a court: its name; the case's RIT and RUC are per child).
    referrer_id          uuid not null references referrer (id),
    recipient_name       varchar(300) not null,
    recipient_is_court   boolean not null,
    subject              varchar(300),
    body                 text,
    -- What drafted it, so a retried event never drafts twice ("NOT_ELIGIBLE:<entry>:<date>").
    source_key           varchar(200),
    corrects_letter_id   uuid references letter (id),
    created_at           timestamptz not null,
    created_by_name      varchar(200) not null,
    updated_at           timestamptz not null,
    updated_by_name      varchar(200) not null,
    -- Issue: the number and the signature are fixed, the PDF is frozen (letter_pdf).
    year                 integer,
    number               integer,
    issued_on            date,
    issued_at            timestamptz,
    issued_by            uuid,
    issued_by_name       varchar(200),
    signer_name          varchar(200),
    signer_position      varchar(200),
    program_name         varchar(300),
    institution_name     varchar(300),
    paper_size           varchar(10),
    -- How and when it reached the addressee.
    sent_via             varchar(20) check (sent_via in ('EMAIL', 'COURT_PLATFORM', 'BY_HAND', 'POST', 'OTHER')),
    sent_on              date,
    sent_reference       varchar(300),
    sent_recorded_by_name varchar(200),
    discarded_at         timestamptz,
    discarded_by_name    varchar(200),
    discard_reason       text,
    -- Retention (I-SGC-01, registros): five years after issue, then listed for disposal; disposal is an act.
    dispose_after        date,
    disposed_at          timestamptz,
    disposed_by_name     varchar(200),
    disposal_reason      text,
    constraint letter_numbered_iff_issued check ((status in ('DRAFT', 'DISCARDED')) = (number is null)),
    constraint letter_issue_complete check (number is null or (year is not null and issued_on is not null
        and signer_name is not null and dispose_after is not null)),
    constraint letter_sent_complete check (status <> 'SENT' or (sent_via is not null and sent_on is not null)),
    constraint letter_disposal_complete check (status <> 'DISPOSED' or (disposed_at is not null and disposal_reason is not null)),
    constraint letter_text_until_disposed check (status = 'DISPOSED' or (subject is not null and body is not null))
);
-- Never two letters with the same number in a program's year.
create unique index letter_number_uq on letter (program_id, year, number) where number is not null;
create unique index letter_source_uq on letter (source_key) where source_key is not null;
create index letter_program_status_idx on letter (program_id, status, created_at);
create index letter_program_issued_idx on letter (program_id, issued_on);
create index letter_referrer_idx on letter (referrer_id);
create index letter_dispose_idx on letter (program_id, dispose_after) where status in ('ISSUED', 'SENT');

-- The children a letter is about: one, or a court's list in the monthly batch. Copied when drafted and
-- frozen at issue, like the text.
create table letter_child (
    letter_id      uuid not null references letter (id) on delete cascade,
    position       integer not null,
    entry_id       uuid not null references waiting_list_entry (id),
    child_name     varchar(300),
    child_rut      varchar(12),
    court_rit      varchar(30),
    court_ruc      varchar(30),
    -- The date the letter states for this child (estimated or effective admission), if any.
    stated_date    date,
    primary key (letter_id, position)
);
create index letter_child_entry_idx on letter_child (entry_id);

-- The PDF as issued: what was sent is what is kept, byte for byte.
create table letter_pdf (
    letter_id  uuid primary key references letter (id) on delete cascade,
    content    bytea not null,
    sha256     varchar(64) not null,
    size_bytes bigint not null,
    created_at timestamptz not null
);

-- The last number used per program and year. Issuing takes this row's lock in the issuing transaction:
-- two letters issued at once get consecutive numbers, and a failed issue rolls its number back (no gaps).
create table letter_number (
    program_id  uuid not null references program (id),
    year        integer not null,
    last_number integer not null check (last_number >= 0),
    primary key (program_id, year)
);

-- The default templates, in the words of I-SGC-01 (step 1: "oficia a la instancia derivadora informando
-- aquello y entregando los datos del Programa más pertinente"; step 4: estimated date, its update, changes
-- in the protection situation, medidas cautelares or an extraordinary hearing, the effective admission).
insert into letter_template (id, institution_id, kind, subject, body, updated_at, updated_by_name) values
(gen_random_uuid(), null, 'NOT_ELIGIBLE', 'Informa que NNA no es sujeto de atención del programa',
$$Junto con saludar, y en relación con la derivación de {{nna_nombre}}, RUT {{nna_rut}}, recibida por el {{programa}} el {{fecha_recepcion}}, informo a usted que, evaluados sus antecedentes conforme a las orientaciones técnicas del programa, el niño, niña o adolescente no es sujeto de atención de este programa, por lo siguiente:

{{motivo}}

Por lo anterior, se sugiere su derivación a {{programa_pertinente}}, programa que se estima más pertinente para su situación.

Sin otro particular, saluda atentamente a usted,$$, now(), 'Circuito'),
(gen_random_uuid(), null, 'ESTIMATED_DATE', 'Informa fecha estimada de ingreso',
$$Junto con saludar, y en relación con {{nna_nombre}}, RUT {{nna_rut}}, derivado(a) al {{programa}} el {{fecha_recepcion}}, informo a usted que el niño, niña o adolescente se encuentra en la lista de espera del programa, con fecha estimada de ingreso el {{fecha_estimada}}.

Esta fecha es una estimación que considera los cupos del programa y la prelación de la lista de espera. Mientras espera, el programa monitorea su situación proteccional e informará oportunamente cualquier cambio.

Sin otro particular, saluda atentamente a usted,$$, now(), 'Circuito'),
(gen_random_uuid(), null, 'ESTIMATED_DATE_UPDATE', 'Actualiza fecha estimada de ingreso',
$$Junto con saludar, y en relación con {{nna_nombre}}, RUT {{nna_rut}}, en lista de espera del {{programa}}, informo a usted que su fecha estimada de ingreso, informada anteriormente para el {{fecha_estimada_anterior}}, se actualiza al {{fecha_estimada}}, de acuerdo con la disponibilidad de cupos y la prelación de la lista de espera.

Sin otro particular, saluda atentamente a usted,$$, now(), 'Circuito'),
(gen_random_uuid(), null, 'PROTECTION_CHANGE', 'Informa cambio en la situación proteccional de NNA en lista de espera',
$$Junto con saludar, informo a usted que en el monitoreo de la lista de espera del {{programa}} se constató, con fecha {{fecha_constatacion}}, que {{nna_nombre}}, RUT {{nna_rut}}, no se encuentra protegido(a), conforme a los siguientes antecedentes:

{{antecedentes}}

El niño, niña o adolescente se mantiene en la lista de espera del programa, que ha iniciado las acciones judiciales necesarias para su protección.

Sin otro particular, saluda atentamente a usted,$$, now(), 'Circuito'),
(gen_random_uuid(), null, 'JUDICIAL_REQUEST', 'Solicita medidas cautelares o audiencia extraordinaria',
$$Junto con saludar, y en relación con {{nna_nombre}}, RUT {{nna_rut}}, quien se encuentra en la lista de espera del {{programa}}, solicito a S.S. tenga a bien decretar medidas cautelares de protección en su favor o, en su defecto, citar a audiencia extraordinaria, atendido que con fecha {{fecha_constatacion}} se constató que no se encuentra protegido(a), conforme a los siguientes antecedentes:

{{antecedentes}}

Sin otro particular, saluda atentamente a usted,$$, now(), 'Circuito'),
(gen_random_uuid(), null, 'EFFECTIVE_ADMISSION', 'Informa ingreso efectivo al programa',
$$Junto con saludar, informo a usted que {{nna_nombre}}, RUT {{nna_rut}}, ingresó efectivamente al {{programa}} con fecha {{fecha_ingreso}}, dando inicio a su proceso de intervención.

Sin otro particular, saluda atentamente a usted,$$, now(), 'Circuito'),
(gen_random_uuid(), null, 'ESTIMATED_DATES_LIST', 'Informa fechas estimadas de ingreso',
$$Junto con saludar, informo a usted las fechas estimadas de ingreso al {{programa}} de los {{cantidad_nna}} niños, niñas y adolescentes derivados por ese organismo que se encuentran en la lista de espera del programa al {{fecha}}, según el detalle siguiente.

Estas fechas son estimaciones que consideran los cupos del programa y la prelación de la lista de espera. Mientras esperan, el programa monitorea su situación proteccional e informará oportunamente cualquier cambio.

Sin otro particular, saluda atentamente a usted,$$, now(), 'Circuito');
