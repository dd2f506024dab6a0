-- The open social network around each Mesa: protocols with other sectors (the network map's actors and ties
-- are added below by the network-map work).

create table mesa_protocol (
    id              uuid primary key,
    version         bigint not null default 0,
    mesa_id         uuid not null references mesa (id),
    title           varchar(300) not null,
    -- The sectors or institutions that agreed it, besides the Mesa ("CESFAM Los Volcanes; Hospital de Coquimbo").
    parties         varchar(1000) not null,
    sector_code     varchar(20) references modality (code),
    version_label   varchar(30),
    status          varchar(20) not null check (status in ('DRAFT', 'IN_FORCE', 'UNDER_REVIEW', 'EXPIRED')),
    agreed_on       date,
    valid_from      date,
    valid_until     date,
    notes           text,
    document_name   varchar(300),
    document_type   varchar(100),
    document_bytes  bytea,
    created_at      timestamptz not null,
    created_by_name varchar(200) not null,
    updated_at      timestamptz not null,
    updated_by_name varchar(200) not null,
    constraint mesa_protocol_validity check (valid_until is null or valid_from is null or valid_until >= valid_from)
);
create index mesa_protocol_mesa_idx on mesa_protocol (mesa_id, status);
