-- Sessions of a Mesa: occasional members and guests convened to one session, attendance, and the record of
-- every convocation sent by e-mail.

-- An occasional member convened to one session: it receives the convocation and appears in the attendance.
create table mesa_session_invitee (
    session_id      uuid not null references mesa_session (id),
    member_id       uuid not null references mesa_member (id),
    invited_at      timestamptz not null,
    invited_by_name varchar(200) not null,
    primary key (session_id, member_id)
);
create index mesa_session_invitee_member_idx on mesa_session_invitee (member_id);

-- People invited to one session only (a speaker, another sector's professional).
create table mesa_session_guest (
    id          uuid primary key,
    session_id  uuid not null references mesa_session (id),
    full_name   varchar(200) not null,
    institution varchar(200),
    position    varchar(200),
    email       varchar(200),
    present     boolean not null default false,
    created_at  timestamptz not null
);
create index mesa_session_guest_session_idx on mesa_session_guest (session_id, created_at);

-- Attendance per member and representative (representative null: a member without representatives).
create table mesa_attendance (
    id                uuid primary key,
    session_id        uuid not null references mesa_session (id),
    member_id         uuid not null references mesa_member (id),
    representative_id uuid references mesa_representative (id),
    status            varchar(20) not null check (status in ('PRESENT', 'APOLOGIES', 'ABSENT')),
    recorded_at       timestamptz not null,
    recorded_by_name  varchar(200) not null
);
create unique index mesa_attendance_line_uq on mesa_attendance (session_id, member_id,
    coalesce(representative_id, '00000000-0000-0000-0000-000000000000'::uuid));
-- Attendance rates: a member's lines across sessions.
create index mesa_attendance_member_idx on mesa_attendance (member_id, session_id);

-- Each convocation sent by e-mail: the first invitation, an update after a change, a cancellation notice.
create table mesa_invitation_sending (
    id           uuid primary key,
    session_id   uuid not null references mesa_session (id),
    kind         varchar(20) not null check (kind in ('INVITATION', 'UPDATE', 'CANCELLATION')),
    ics_sequence integer not null,
    recipients   integer not null check (recipients >= 0),
    sent_at      timestamptz not null,
    sent_by_name varchar(200) not null
);
create index mesa_invitation_sending_session_idx on mesa_invitation_sending (session_id, sent_at);

-- The flows summary of a Mesa's programs: entries received, decided and exited per program and date.
create index entry_program_received_idx on waiting_list_entry (program_id, received_on);
create index entry_program_exited_idx on waiting_list_entry (program_id, exited_on) where exited_on is not null;
