-- Two-factor authentication (TOTP) for local accounts, and the per-user count of bulk exports.

-- A user's TOTP secret, encrypted when circuito.security.totp-key is set ("enc:" prefix), and since when it is
-- confirmed: a row without enabled_at is an enrolment not yet confirmed with a code. last_step is the last
-- time step a code was accepted for, so a code is never accepted twice.
create table app_user_totp (
    user_id     uuid primary key references app_user (id) on delete cascade,
    version     bigint not null default 0,
    secret      varchar(300) not null,
    enabled_at  timestamptz,
    last_step   bigint
);

-- One-time recovery codes, only a SHA-256 of each kept; shown once when generated.
create table app_user_recovery_code (
    id         uuid primary key,
    user_id    uuid not null references app_user (id) on delete cascade,
    code_hash  varchar(64) not null,
    used_at    timestamptz
);
create index app_user_recovery_code_user_idx on app_user_recovery_code (user_id);

-- Each bulk export (a register, a list) a user drew, to limit how many in a window. In the database, so the
-- limit holds across application nodes; rows older than a day are deleted as new ones come.
create table user_export (
    id          uuid primary key,
    user_id     uuid not null references app_user (id) on delete cascade,
    exported_at timestamptz not null
);
create index user_export_user_time_idx on user_export (user_id, exported_at);
