-- Issue 18, honest forecasts: the oficios of the estimated admission date state the range and how sure it is
-- ({{estimacion_certeza}}: the 90 % date and where the estimate comes from; {{fecha_estimada_90}} for a text of
-- one's own). Only the network's default templates change, and only while they still read as V29 left them: an
-- institution's own templates (rows with its institution) are its words and stay as they are.
update letter_template set body =
$$En relación con {{nna_nombre}}, RUT {{nna_rut}}, derivado(a) al {{programa}} el {{fecha_recepcion}}, informo a usted que el niño, niña o adolescente se encuentra en la lista de espera del programa, y se estima su ingreso para el {{fecha_estimada}}. {{estimacion_certeza}}

Esta fecha es una estimación que considera los cupos del programa, la prelación de la lista de espera y los egresos del programa, por lo que puede variar. Mientras espera, el programa monitorea su situación proteccional e informará oportunamente cualquier cambio.$$
 where institution_id is null and kind = 'ESTIMATED_DATE'
   and body = $$En relación con {{nna_nombre}}, RUT {{nna_rut}}, derivado(a) al {{programa}} el {{fecha_recepcion}}, informo a usted que el niño, niña o adolescente se encuentra en la lista de espera del programa, con fecha estimada de ingreso el {{fecha_estimada}}.

Esta fecha es una estimación que considera los cupos del programa y la prelación de la lista de espera. Mientras espera, el programa monitorea su situación proteccional e informará oportunamente cualquier cambio.$$;

update letter_template set body =
$$En relación con {{nna_nombre}}, RUT {{nna_rut}}, en lista de espera del {{programa}}, informo a usted que su fecha estimada de ingreso, informada anteriormente para el {{fecha_estimada_anterior}}, se actualiza al {{fecha_estimada}}, de acuerdo con la disponibilidad de cupos, la prelación de la lista de espera y los egresos del programa. {{estimacion_certeza}}$$
 where institution_id is null and kind = 'ESTIMATED_DATE_UPDATE'
   and body = $$En relación con {{nna_nombre}}, RUT {{nna_rut}}, en lista de espera del {{programa}}, informo a usted que su fecha estimada de ingreso, informada anteriormente para el {{fecha_estimada_anterior}}, se actualiza al {{fecha_estimada}}, de acuerdo con la disponibilidad de cupos y la prelación de la lista de espera.$$;

-- The list letter names each child's estimated date in a table; its text says what such a date is.
update letter_template set body =
$$Informo a usted, al {{fecha}}, la situación en la lista de espera del {{programa}} de {{nna_nomina}} que ese organismo derivó al programa. Cada fecha estimada considera los cupos del programa, la prelación de la lista de espera y los egresos del programa: es la fecha en que el ingreso es al menos tan probable como no, no un compromiso, y puede variar. Mientras dure la espera, el programa monitorea la situación proteccional de cada niño, niña o adolescente e informará oportunamente cualquier cambio.

La fecha estimada de ingreso de cada niño, niña o adolescente se detalla a continuación:$$
 where institution_id is null and kind = 'ESTIMATED_DATES_LIST'
   and body = $$Informo a usted, al {{fecha}}, la situación en la lista de espera del {{programa}} de {{nna_nomina}} que ese organismo derivó al programa. Cada fecha estimada considera los cupos del programa y la prelación de la lista de espera, por lo que puede variar. Mientras dure la espera, el programa monitorea la situación proteccional de cada niño, niña o adolescente e informará oportunamente cualquier cambio.

La fecha estimada de ingreso de cada niño, niña o adolescente se detalla a continuación:$$;
