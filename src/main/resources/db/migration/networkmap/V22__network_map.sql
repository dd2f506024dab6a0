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

-- The network map: the actors around the Mesa (members or not), what they do in the circuit and their tie to
-- the Mesa; where each one is drawn (kept when someone drags it, so the map reads the same next time).
create table network_actor (
    id               uuid primary key,
    version          bigint not null default 0,
    mesa_id          uuid not null references mesa (id),
    name             varchar(200) not null,
    kind             varchar(20) not null check (kind in ('PROGRAM', 'INSTITUTION', 'SECTOR', 'COMMUNITY', 'OTHER')),
    sector_code      varchar(20) references modality (code),
    program_id       uuid references program (id),
    institution_id   uuid references institution (id),
    member_id        uuid references mesa_member (id),
    role             varchar(20) check (role in ('REFERS', 'ATTENDS', 'SUPPORTS', 'COORDINATES', 'DECIDES')),
    role_description varchar(500),
    tie              varchar(20) not null check (tie in ('PERMANENT', 'OCCASIONAL', 'STRATEGIC', 'NONE')),
    position_x       double precision,
    position_y       double precision,
    created_at       timestamptz not null,
    created_by_name  varchar(200) not null,
    updated_at       timestamptz not null,
    updated_by_name  varchar(200) not null
);
create unique index network_actor_name_uq on network_actor (mesa_id, lower(name));
-- A member of the Mesa is brought into the map once.
create unique index network_actor_member_uq on network_actor (mesa_id, member_id) where member_id is not null;

-- A tie between two actors: referrals, a protocol (perhaps one of the Mesa's), an agreement, coordination.
create table network_tie (
    id              uuid primary key,
    version         bigint not null default 0,
    mesa_id         uuid not null references mesa (id),
    from_actor_id   uuid not null references network_actor (id) on delete cascade,
    to_actor_id     uuid not null references network_actor (id) on delete cascade,
    kind            varchar(20) not null check (kind in ('REFERRALS', 'PROTOCOL', 'AGREEMENT', 'COORDINATION', 'OTHER')),
    protocol_id     uuid references mesa_protocol (id) on delete set null,
    note            varchar(500),
    created_at      timestamptz not null,
    created_by_name varchar(200) not null,
    constraint network_tie_not_self check (from_actor_id <> to_actor_id)
);
create index network_tie_mesa_idx on network_tie (mesa_id);
create index network_tie_from_idx on network_tie (from_actor_id);
create index network_tie_to_idx on network_tie (to_actor_id);
create unique index network_tie_uq on network_tie (from_actor_id, to_actor_id, kind);

-- The notes of the network diagnosis: dated, never rewritten (the history of how the Mesa read its network).
create table network_note (
    id          uuid primary key,
    mesa_id     uuid not null references mesa (id),
    written_on  date not null,
    text        text not null,
    author_name varchar(200) not null,
    created_at  timestamptz not null
);
create index network_note_mesa_idx on network_note (mesa_id, written_on desc, created_at desc);
