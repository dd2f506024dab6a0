-- Implementation monitoring: the thresholds the national team sets for each indicator's green and amber mark
-- (one row per indicator, seeded with the defaults), and the history of every change to them.

create table implementation_threshold (
    kind            varchar(40) primary key check (kind in ('SESSIONS_HELD', 'CO_LEADERSHIP', 'PLAN_PROGRESS',
                        'PERMANENT_ATTENDANCE', 'OCCASIONAL_CONVENED', 'AGREEMENTS_DONE', 'AGREEMENTS_OVERDUE',
                        'CASE_REVIEWS_PER_SESSION', 'GOOD_PRACTICES', 'OUTREACH', 'PROTOCOLS')),
    version         bigint not null default 0,
    -- Higher-is-better indicators: green from this value up; AGREEMENTS_OVERDUE: green up to this value.
    green           numeric(8, 2) not null check (green >= 0),
    amber           numeric(8, 2) not null check (amber >= 0),
    updated_at      timestamptz not null,
    updated_by_name varchar(200) not null
);

create table implementation_threshold_change (
    id            uuid primary key,
    kind          varchar(40) not null references implementation_threshold (kind),
    green_before  numeric(8, 2) not null,
    amber_before  numeric(8, 2) not null,
    green         numeric(8, 2) not null,
    amber         numeric(8, 2) not null,
    at            timestamptz not null,
    by_name       varchar(200) not null
);
create index implementation_threshold_change_at_idx on implementation_threshold_change (at desc);

insert into implementation_threshold (kind, green, amber, updated_at, updated_by_name) values
('SESSIONS_HELD', 90, 70, now(), 'Circuito'),
('CO_LEADERSHIP', 2, 1, now(), 'Circuito'),
('PLAN_PROGRESS', 75, 50, now(), 'Circuito'),
('PERMANENT_ATTENDANCE', 75, 60, now(), 'Circuito'),
('OCCASIONAL_CONVENED', 2, 1, now(), 'Circuito'),
('AGREEMENTS_DONE', 70, 50, now(), 'Circuito'),
('AGREEMENTS_OVERDUE', 0, 2, now(), 'Circuito'),
('CASE_REVIEWS_PER_SESSION', 1, 0.5, now(), 'Circuito'),
('GOOD_PRACTICES', 2, 1, now(), 'Circuito'),
('OUTREACH', 4, 2, now(), 'Circuito'),
('PROTOCOLS', 1, 1, now(), 'Circuito');

-- The monitoring's figures per Mesa and year read sessions, agreements and reviews by date.
create index mesa_agreement_due_idx on mesa_agreement (mesa_id, due_on);
create index mesa_session_invitee_session_idx on mesa_session_invitee (session_id);
