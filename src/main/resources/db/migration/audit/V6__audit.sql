-- The audit trail of child records: append-only; the application never updates or deletes it.

create table audit_event (
    id           uuid primary key,
    occurred_at  timestamptz not null,
    actor_id     uuid not null,
    actor_name   varchar(200) not null,
    action       varchar(20) not null,
    subject_type varchar(30) not null,
    subject_id   uuid not null,
    program_id   uuid,
    what         varchar(100) not null,
    changes      jsonb
);
create index audit_event_subject_idx on audit_event (subject_id, occurred_at desc);
create index audit_event_actor_idx on audit_event (actor_id, occurred_at desc);
