-- Calendar module: holidays decreed by law for a single date ("feriados especiales").
--
-- Permanent holidays (fixed dates, Easter, Ley 19.668, Ley 20.299, Ley 20.983, the Fiestas Patrias bridges of
-- Código del Trabajo art. 35 ter, the winter solstice of Ley 21.357, and the regional holidays of Ley 20.663 and
-- Ley 20.768) are computed in code by cl.circuito.calendar.ChileanHolidays and must NOT be stored here.
--
-- Scope: both region_code and comuna_code NULL = whole country; region_code = one region (CUT, 2 digits);
-- comuna_code = one comuna (CUT, 5 digits). A law covering several regions or comunas gets one row for each.
-- Requires PostgreSQL 13+ (gen_random_uuid).

CREATE TABLE special_holiday (
    id           uuid         NOT NULL PRIMARY KEY,
    holiday_date date         NOT NULL,
    name         varchar(200) NOT NULL,
    legal_basis  varchar(200) NOT NULL,
    region_code  varchar(2)   NULL,
    comuna_code  varchar(5)   NULL,
    created_at   timestamptz  NOT NULL,
    created_by   varchar(100) NOT NULL,
    CONSTRAINT ck_special_holiday_one_scope   CHECK (region_code IS NULL OR comuna_code IS NULL),
    CONSTRAINT ck_special_holiday_region_code CHECK (region_code IS NULL OR region_code ~ '^[0-9]{2}$'),
    CONSTRAINT ck_special_holiday_comuna_code CHECK (comuna_code IS NULL OR comuna_code ~ '^[0-9]{5}$'),
    CONSTRAINT ck_special_holiday_name        CHECK (btrim(name) <> ''),
    CONSTRAINT ck_special_holiday_legal_basis CHECK (btrim(legal_basis) <> '')
);

-- One special holiday per date and scope; also serves the date-range queries of the calendar.
CREATE UNIQUE INDEX ux_special_holiday_date_scope
    ON special_holiday (holiday_date, COALESCE(region_code, ''), COALESCE(comuna_code, ''));

-- Seed: special-law holidays 2019-2027 verified against official calendars and press reports of the laws.
-- Weekday ones (the ones that change deadlines): 2022-09-16 (national), 2023-08-10 (Tarapacá, Atacama),
-- 2023-09-08 (Antofagasta), 2023-09-20 (Coquimbo). The rest fall on Saturdays or Sundays.
-- Election days: Ley 18.700 art. 169. Primaries held only in some comunas (2020-11-29, 2024-06-09) are not
-- seeded; the Saturday 2024-10-26 was a working day by Ley 21.693 and is not a holiday.
INSERT INTO special_holiday (id, holiday_date, name, legal_basis, region_code, comuna_code, created_at, created_by) VALUES
(gen_random_uuid(), DATE '2022-09-16', 'Feriado adicional de Fiestas Patrias 2022', 'Ley de agosto de 2022 que declara feriado nacional el 16 de septiembre de 2022 (N° por confirmar)', NULL, NULL, now(), 'sistema'),
(gen_random_uuid(), DATE '2023-08-10', 'Fiesta de San Lorenzo de Tarapacá', 'Ley de agosto de 2023 que declara feriado el 10 de agosto de 2023 en Tarapacá y Atacama (N° por confirmar)', '01', NULL, now(), 'sistema'),
(gen_random_uuid(), DATE '2023-08-10', 'Fiesta de San Lorenzo de Tarapacá', 'Ley de agosto de 2023 que declara feriado el 10 de agosto de 2023 en Tarapacá y Atacama (N° por confirmar)', '03', NULL, now(), 'sistema'),
(gen_random_uuid(), DATE '2023-09-08', 'Fiesta de Nuestra Señora de Guadalupe de Ayquina', 'Ley 21.609', '02', NULL, now(), 'sistema'),
(gen_random_uuid(), DATE '2023-09-20', 'Fiesta de La Pampilla', 'Ley 21.609', '04', NULL, now(), 'sistema'),
(gen_random_uuid(), DATE '2024-09-21', 'Toma de posesión del Estrecho de Magallanes', 'Ley 21.704', '12', NULL, now(), 'sistema'),
(gen_random_uuid(), DATE '2024-09-21', 'Toma de posesión del Estrecho de Magallanes', 'Ley 21.704', NULL, '10201', now(), 'sistema'),
(gen_random_uuid(), DATE '2024-09-21', 'Toma de posesión del Estrecho de Magallanes', 'Ley 21.704', NULL, '10202', now(), 'sistema'),
(gen_random_uuid(), DATE '2024-09-21', 'Toma de posesión del Estrecho de Magallanes', 'Ley 21.704', NULL, '10203', now(), 'sistema'),
(gen_random_uuid(), DATE '2024-09-21', 'Toma de posesión del Estrecho de Magallanes', 'Ley 21.704', NULL, '10204', now(), 'sistema'),
(gen_random_uuid(), DATE '2024-09-21', 'Toma de posesión del Estrecho de Magallanes', 'Ley 21.704', NULL, '10205', now(), 'sistema'),
(gen_random_uuid(), DATE '2024-09-21', 'Toma de posesión del Estrecho de Magallanes', 'Ley 21.704', NULL, '10206', now(), 'sistema'),
(gen_random_uuid(), DATE '2024-09-21', 'Toma de posesión del Estrecho de Magallanes', 'Ley 21.704', NULL, '10207', now(), 'sistema'),
(gen_random_uuid(), DATE '2024-09-21', 'Toma de posesión del Estrecho de Magallanes', 'Ley 21.704', NULL, '10208', now(), 'sistema'),
(gen_random_uuid(), DATE '2024-09-21', 'Toma de posesión del Estrecho de Magallanes', 'Ley 21.704', NULL, '10209', now(), 'sistema'),
(gen_random_uuid(), DATE '2024-09-21', 'Toma de posesión del Estrecho de Magallanes', 'Ley 21.704', NULL, '10210', now(), 'sistema'),
(gen_random_uuid(), DATE '2020-10-25', 'Plebiscito Nacional', 'Ley 21.200; Ley 21.221; Ley 18.700, art. 169', NULL, NULL, now(), 'sistema'),
(gen_random_uuid(), DATE '2021-05-15', 'Elecciones de convencionales constituyentes, gobernadores regionales, alcaldes y concejales (primer día)', 'Ley 18.700, art. 169', NULL, NULL, now(), 'sistema'),
(gen_random_uuid(), DATE '2021-05-16', 'Elecciones de convencionales constituyentes, gobernadores regionales, alcaldes y concejales (segundo día)', 'Ley 18.700, art. 169', NULL, NULL, now(), 'sistema'),
(gen_random_uuid(), DATE '2021-06-13', 'Segunda vuelta de gobernadores regionales', 'Ley 18.700, art. 169', '01', NULL, now(), 'sistema'),
(gen_random_uuid(), DATE '2021-06-13', 'Segunda vuelta de gobernadores regionales', 'Ley 18.700, art. 169', '02', NULL, now(), 'sistema'),
(gen_random_uuid(), DATE '2021-06-13', 'Segunda vuelta de gobernadores regionales', 'Ley 18.700, art. 169', '03', NULL, now(), 'sistema'),
(gen_random_uuid(), DATE '2021-06-13', 'Segunda vuelta de gobernadores regionales', 'Ley 18.700, art. 169', '04', NULL, now(), 'sistema'),
(gen_random_uuid(), DATE '2021-06-13', 'Segunda vuelta de gobernadores regionales', 'Ley 18.700, art. 169', '06', NULL, now(), 'sistema'),
(gen_random_uuid(), DATE '2021-06-13', 'Segunda vuelta de gobernadores regionales', 'Ley 18.700, art. 169', '07', NULL, now(), 'sistema'),
(gen_random_uuid(), DATE '2021-06-13', 'Segunda vuelta de gobernadores regionales', 'Ley 18.700, art. 169', '08', NULL, now(), 'sistema'),
(gen_random_uuid(), DATE '2021-06-13', 'Segunda vuelta de gobernadores regionales', 'Ley 18.700, art. 169', '09', NULL, now(), 'sistema'),
(gen_random_uuid(), DATE '2021-06-13', 'Segunda vuelta de gobernadores regionales', 'Ley 18.700, art. 169', '10', NULL, now(), 'sistema'),
(gen_random_uuid(), DATE '2021-06-13', 'Segunda vuelta de gobernadores regionales', 'Ley 18.700, art. 169', '13', NULL, now(), 'sistema'),
(gen_random_uuid(), DATE '2021-06-13', 'Segunda vuelta de gobernadores regionales', 'Ley 18.700, art. 169', '14', NULL, now(), 'sistema'),
(gen_random_uuid(), DATE '2021-06-13', 'Segunda vuelta de gobernadores regionales', 'Ley 18.700, art. 169', '15', NULL, now(), 'sistema'),
(gen_random_uuid(), DATE '2021-06-13', 'Segunda vuelta de gobernadores regionales', 'Ley 18.700, art. 169', '16', NULL, now(), 'sistema'),
(gen_random_uuid(), DATE '2021-07-18', 'Elecciones primarias presidenciales', 'Ley 20.640; Ley 18.700, art. 169', NULL, NULL, now(), 'sistema'),
(gen_random_uuid(), DATE '2021-11-21', 'Elecciones presidencial, parlamentarias y de consejeros regionales', 'Ley 18.700, art. 169', NULL, NULL, now(), 'sistema'),
(gen_random_uuid(), DATE '2021-12-19', 'Segunda vuelta presidencial', 'Ley 18.700, art. 169', NULL, NULL, now(), 'sistema'),
(gen_random_uuid(), DATE '2022-09-04', 'Plebiscito constitucional', 'Ley 18.700, art. 169', NULL, NULL, now(), 'sistema'),
(gen_random_uuid(), DATE '2023-05-07', 'Elección de consejeros constitucionales', 'Ley 21.533; Ley 18.700, art. 169', NULL, NULL, now(), 'sistema'),
(gen_random_uuid(), DATE '2023-12-17', 'Plebiscito constitucional', 'Ley 21.533; Ley 18.700, art. 169', NULL, NULL, now(), 'sistema'),
(gen_random_uuid(), DATE '2024-10-27', 'Elecciones municipales y regionales', 'Ley 21.693; Ley 18.700, art. 169', NULL, NULL, now(), 'sistema'),
(gen_random_uuid(), DATE '2024-11-24', 'Segunda vuelta de gobernadores regionales', 'Ley 18.700, art. 169', '02', NULL, now(), 'sistema'),
(gen_random_uuid(), DATE '2024-11-24', 'Segunda vuelta de gobernadores regionales', 'Ley 18.700, art. 169', '03', NULL, now(), 'sistema'),
(gen_random_uuid(), DATE '2024-11-24', 'Segunda vuelta de gobernadores regionales', 'Ley 18.700, art. 169', '04', NULL, now(), 'sistema'),
(gen_random_uuid(), DATE '2024-11-24', 'Segunda vuelta de gobernadores regionales', 'Ley 18.700, art. 169', '05', NULL, now(), 'sistema'),
(gen_random_uuid(), DATE '2024-11-24', 'Segunda vuelta de gobernadores regionales', 'Ley 18.700, art. 169', '06', NULL, now(), 'sistema'),
(gen_random_uuid(), DATE '2024-11-24', 'Segunda vuelta de gobernadores regionales', 'Ley 18.700, art. 169', '07', NULL, now(), 'sistema'),
(gen_random_uuid(), DATE '2024-11-24', 'Segunda vuelta de gobernadores regionales', 'Ley 18.700, art. 169', '08', NULL, now(), 'sistema'),
(gen_random_uuid(), DATE '2024-11-24', 'Segunda vuelta de gobernadores regionales', 'Ley 18.700, art. 169', '09', NULL, now(), 'sistema'),
(gen_random_uuid(), DATE '2024-11-24', 'Segunda vuelta de gobernadores regionales', 'Ley 18.700, art. 169', '10', NULL, now(), 'sistema'),
(gen_random_uuid(), DATE '2024-11-24', 'Segunda vuelta de gobernadores regionales', 'Ley 18.700, art. 169', '13', NULL, now(), 'sistema'),
(gen_random_uuid(), DATE '2024-11-24', 'Segunda vuelta de gobernadores regionales', 'Ley 18.700, art. 169', '15', NULL, now(), 'sistema'),
(gen_random_uuid(), DATE '2025-06-29', 'Elecciones primarias presidenciales', 'Ley 20.640; Ley 18.700, art. 169', NULL, NULL, now(), 'sistema'),
(gen_random_uuid(), DATE '2025-11-16', 'Elecciones presidencial y parlamentarias', 'Ley 18.700, art. 169', NULL, NULL, now(), 'sistema'),
(gen_random_uuid(), DATE '2025-12-14', 'Segunda vuelta presidencial', 'Ley 18.700, art. 169', NULL, NULL, now(), 'sistema');
