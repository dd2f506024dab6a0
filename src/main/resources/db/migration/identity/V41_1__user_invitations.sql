-- Users created by the administration (an import, or an invitation instead of a typed password) have no password
-- until they choose one through the link e-mailed to them; nobody can log in to such an account meanwhile.
alter table app_user alter column password_hash drop not null;

-- The invitation links: only a SHA-256 of each link's token is kept (the token itself travels only in the
-- e-mail). A link works once, until it expires; sending a new one ends the earlier ones.
create table user_invitation (
    id          uuid primary key,
    user_id     uuid        not null references app_user (id) on delete cascade,
    token_hash  char(64)    not null unique,
    created_by  uuid,
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz,
    revoked_at  timestamptz
);
create index user_invitation_user_idx on user_invitation (user_id);
