-- Oficios follow the facts they state (issue 13): a draft remembers the facts its text was filled with, whether
-- the director edited it, when Circuito found the facts changed under an edited text, and what happened to it
-- besides the director's edits. A request to the court may wait for the director to choose its family court,
-- and any draft's addressee may be corrected. The salutation and the closing leave the editable body.
-- Issued letters do not change: their PDF is frozen (letter_pdf) and never rendered again.

alter table letter
    alter column referrer_id drop not null,
    alter column recipient_name drop not null,
    add column addressee_chosen boolean not null default false,
    add column salutation varchar(300),
    add column closing varchar(300),
    add column stated_facts jsonb,
    add column text_edited boolean not null default false,
    add column facts_changed_at timestamptz,
    -- A letter is numbered only once it has an addressee.
    add constraint letter_issued_addressed check (number is null or (referrer_id is not null and recipient_name is not null));

-- The drafts pending now: edited by the director unless Circuito last wrote them.
update letter set text_edited = true
 where status = 'DRAFT' and updated_by_name not in ('Circuito', 'Circuito (fecha estimada recalculada)');
-- They follow the facts from now on (addressee, children, whether still called for); the values their text was
-- filled with were not recorded, so those are taken as they are — but for the date a letter states for its
-- child, which its text writes as "22 de noviembre de 2026" (shared.documents.LongDates): a recomputed
-- estimate or a corrected admission date then finds it. A correction's copied text does not follow.
update letter set stated_facts = '{}'::jsonb
 where status = 'DRAFT' and (source_key is not null or corrects_letter_id is null);
update letter l set stated_facts = jsonb_build_object(
           case when l.kind = 'EFFECTIVE_ADMISSION' then 'fecha_ingreso' else 'fecha_estimada' end, d.written)
  from (select c.letter_id,
               extract(day from c.stated_date)::int || ' de '
                   || (array['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre',
                             'octubre', 'noviembre', 'diciembre'])[extract(month from c.stated_date)::int]
                   || ' de ' || extract(year from c.stated_date)::int as written
          from letter_child c where c.position = 0 and c.stated_date is not null) d
 where d.letter_id = l.id and l.stated_facts = '{}'::jsonb
   and l.kind in ('ESTIMATED_DATE', 'ESTIMATED_DATE_UPDATE', 'EFFECTIVE_ADMISSION')
   and strpos(l.body, d.written) > 0;

create table letter_note (
    letter_id uuid not null references letter (id) on delete cascade,
    position  integer not null,
    at        timestamptz not null,
    by_name   varchar(200) not null,
    kind      varchar(30) not null check (kind in ('RESTATED', 'FACTS_CHANGED', 'REGENERATED', 'CONFIRMED', 'READDRESSED')),
    detail    text,
    primary key (letter_id, position)
);

alter table letter_template
    add column salutation varchar(300) not null default '',
    add column closing varchar(300) not null default '';

-- ---------------------------------------------------------------- the default templates, in their new shape
update letter_template set salutation = 'De mi consideración:',
                           closing = 'Sin otro particular, saluda atentamente a usted,'
 where institution_id is null;
-- A request to the court always goes to a judge, whom its text addresses as S.S.
update letter_template set closing = 'Sin otro particular, saluda atentamente a S.S.,'
 where institution_id is null and kind = 'JUDICIAL_REQUEST';

update letter_template set body =
$$En relación con la derivación de {{nna_nombre}}, RUT {{nna_rut}}, recibida por el {{programa}} el {{fecha_recepcion}}, informo a usted que, evaluados sus antecedentes conforme a las orientaciones técnicas del programa, el niño, niña o adolescente no es sujeto de atención de este programa, por lo siguiente:

{{motivo}}

Por lo anterior, se sugiere su derivación a {{programa_pertinente}}, programa que se estima más pertinente para su situación. {{programa_pertinente_contacto}}$$
 where institution_id is null and kind = 'NOT_ELIGIBLE';

update letter_template set body =
$$En relación con {{nna_nombre}}, RUT {{nna_rut}}, derivado(a) al {{programa}} el {{fecha_recepcion}}, informo a usted que el niño, niña o adolescente se encuentra en la lista de espera del programa, con fecha estimada de ingreso el {{fecha_estimada}}.

Esta fecha es una estimación que considera los cupos del programa y la prelación de la lista de espera. Mientras espera, el programa monitorea su situación proteccional e informará oportunamente cualquier cambio.$$
 where institution_id is null and kind = 'ESTIMATED_DATE';

update letter_template set body =
$$En relación con {{nna_nombre}}, RUT {{nna_rut}}, en lista de espera del {{programa}}, informo a usted que su fecha estimada de ingreso, informada anteriormente para el {{fecha_estimada_anterior}}, se actualiza al {{fecha_estimada}}, de acuerdo con la disponibilidad de cupos y la prelación de la lista de espera.$$
 where institution_id is null and kind = 'ESTIMATED_DATE_UPDATE';

update letter_template set body =
$$Informo a usted que en el monitoreo de la lista de espera del {{programa}} se constató, con fecha {{fecha_constatacion}}, que {{nna_nombre}}, RUT {{nna_rut}}, no se encuentra protegido(a), conforme a los siguientes antecedentes:

{{antecedentes}}

El niño, niña o adolescente se mantiene en la lista de espera del programa, que ha iniciado las acciones judiciales necesarias para su protección.$$
 where institution_id is null and kind = 'PROTECTION_CHANGE';

update letter_template set body =
$$En relación con {{nna_nombre}}, RUT {{nna_rut}}, quien se encuentra en la lista de espera del {{programa}}, solicito a S.S. tenga a bien decretar medidas cautelares de protección en su favor o, en su defecto, citar a audiencia extraordinaria, atendido que con fecha {{fecha_constatacion}} se constató que no se encuentra protegido(a), conforme a los siguientes antecedentes:

{{antecedentes}}$$
 where institution_id is null and kind = 'JUDICIAL_REQUEST';

update letter_template set body =
$$Informo a usted que {{nna_nombre}}, RUT {{nna_rut}}, ingresó efectivamente al {{programa}} con fecha {{fecha_ingreso}}, dando inicio a su proceso de intervención.$$
 where institution_id is null and kind = 'EFFECTIVE_ADMISSION';

-- The list letter: the count agrees with its noun ("de 1 niño, niña o adolescente", "de los 3 niños, niñas y
-- adolescentes"), and nothing else in the text depends on how many children it lists.
update letter_template set subject = 'Informa fecha estimada de ingreso de NNA en lista de espera', body =
$$Informo a usted, al {{fecha}}, la situación en la lista de espera del {{programa}} de {{nna_nomina}} que ese organismo derivó al programa. Cada fecha estimada considera los cupos del programa y la prelación de la lista de espera, por lo que puede variar. Mientras dure la espera, el programa monitorea la situación proteccional de cada niño, niña o adolescente e informará oportunamente cualquier cambio.

La fecha estimada de ingreso de cada niño, niña o adolescente se detalla a continuación:$$
 where institution_id is null and kind = 'ESTIMATED_DATES_LIST';

-- ---------------------------------------------------------------- institutions' own templates and pending drafts
-- What is recognised moves out of the body: an opening "Junto con saludar, (y) …" becomes the salutation "De mi
-- consideración:" and the sentence goes on capitalised; a last paragraph of one line starting "Sin otro
-- particular" or "Saluda atentamente" becomes the closing. A text not recognised keeps its body as it was, with
-- no salutation or closing added, so it prints exactly as before.
create function pg_temp.without_greeting(text) returns text language sql immutable as $$
    select case when $1 ~* '^\s*Junto con saludar\s*,\s*\S' then upper(left(rest, 1)) || substr(rest, 2) else $1 end
      from (select regexp_replace($1, '^\s*Junto con saludar\s*,\s*(y\s+)?', '', 'i') as rest) r
$$;
create function pg_temp.greets(text) returns boolean language sql immutable as $$
    select $1 ~* '^\s*Junto con saludar\s*,\s*\S'
$$;
create function pg_temp.closing_of(text) returns text language sql immutable as $$
    select btrim(substring($1 from '(?i)\n\s*\n\s*((?:Sin otro particular|Saluda atentamente)[^\n]*?)\s*$'), E' \t\r\n')
$$;
create function pg_temp.without_closing(text) returns text language sql immutable as $$
    select regexp_replace($1, '\s*\n\s*\n\s*(Sin otro particular|Saluda atentamente)[^\n]*?\s*$', '', 'i')
$$;

update letter_template set
       salutation = case when pg_temp.greets(body) then 'De mi consideración:' else '' end,
       closing = coalesce(pg_temp.closing_of(body), ''),
       body = pg_temp.without_greeting(case when pg_temp.closing_of(body) is not null
                                            then pg_temp.without_closing(body) else body end)
 where institution_id is not null;

-- An institution's list letter that kept the default wording takes the new one, whose count agrees (its first
-- sentence said "de los 1 niños … derivados … que se encuentran" for a court with one child waiting).
update letter_template set body = replace(body,
       'Informo a usted las fechas estimadas de ingreso al {{programa}} de los {{cantidad_nna}} niños, niñas y adolescentes derivados por ese organismo que se encuentran en la lista de espera del programa al {{fecha}}, según el detalle siguiente.

Estas fechas son estimaciones que consideran los cupos del programa y la prelación de la lista de espera. Mientras esperan, el programa monitorea su situación proteccional e informará oportunamente cualquier cambio.',
       'Informo a usted, al {{fecha}}, la situación en la lista de espera del {{programa}} de {{nna_nomina}} que ese organismo derivó al programa. Cada fecha estimada considera los cupos del programa y la prelación de la lista de espera, por lo que puede variar. Mientras dure la espera, el programa monitorea la situación proteccional de cada niño, niña o adolescente e informará oportunamente cualquier cambio.

La fecha estimada de ingreso de cada niño, niña o adolescente se detalla a continuación:')
 where institution_id is not null and kind = 'ESTIMATED_DATES_LIST';

-- An institution's not-eligible letter that names the more pertinent program gives its contact data after it.
update letter_template set body = regexp_replace(body, '(\{\{\s*programa_pertinente\s*\}\}[^\n]*)',
                                                 '\1 {{programa_pertinente_contacto}}')
 where institution_id is not null and kind = 'NOT_ELIGIBLE'
   and body ~ '\{\{\s*programa_pertinente\s*\}\}' and body !~ '\{\{\s*programa_pertinente_contacto\s*\}\}';

update letter set
       salutation = case when pg_temp.greets(body) then 'De mi consideración:' end,
       closing = pg_temp.closing_of(body),
       body = pg_temp.without_greeting(case when pg_temp.closing_of(body) is not null
                                            then pg_temp.without_closing(body) else body end)
 where status = 'DRAFT' and body is not null;
