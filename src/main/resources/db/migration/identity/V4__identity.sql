-- Users, their roles and scope (programs or a region), login throttling and personal API tokens.

create table app_user (
    id             uuid primary key,
    version        bigint not null default 0,
    username       varchar(100) not null,
    full_name      varchar(200) not null,
    email          varchar(200) not null,
    position       varchar(200),
    password_hash  varchar(200) not null,
    role           varchar(30) not null,
    region_code    varchar(2) references region (code),
    enabled        boolean not null default true,
    failed_logins  integer not null default 0,
    locked_until   timestamptz,
    email_alerts   boolean not null default true,
    last_login_at  timestamptz,
    created_at     timestamptz not null default now(),
    constraint app_user_region_for_manager check (role <> 'TERRITORIAL_MANAGER' or region_code is not null)
);
create unique index app_user_username_uq on app_user (lower(username));

create table app_user_program (
    user_id    uuid not null references app_user (id) on delete cascade,
    program_id uuid not null references program (id),
    primary key (user_id, program_id)
);
create index app_user_program_program_idx on app_user_program (program_id);

alter table program add constraint program_director_fk foreign key (director_user_id) references app_user (id);

-- Only a SHA-256 of each token is kept; the token itself is shown once, when it is created.
create table api_token (
    id           uuid primary key,
    user_id      uuid not null references app_user (id) on delete cascade,
    name         varchar(100) not null,
    token_hash   varchar(64) not null unique,
    prefix       varchar(16) not null,
    created_at   timestamptz not null,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index api_token_user_idx on api_token (user_id);
