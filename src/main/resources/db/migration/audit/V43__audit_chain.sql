-- An audit trail that can be believed: rows the application cannot change or delete, a hash chain over every row
-- that a check walks, and the indexes of the audit viewer.

-- Failed logins have no known actor, and some refusals no record: both stay unknown rather than invented.
alter table audit_event alter column actor_id drop not null;
alter table audit_event alter column subject_id drop not null;

-- The chain: link n holds the SHA-256 of link n-1's hash and of event n's content (audit_seal says exactly what).
-- A table of its own, appended to, so audit_event is only ever inserted into.
create table audit_chain (
    seq           bigint primary key,
    event_id      uuid not null unique references audit_event (id),
    previous_hash bytea not null,
    hash          bytea not null,
    sealed_at     timestamptz not null default now()
);

-- The events waiting for their link. A writer only inserts here (a trigger, so no writer can forget): it never
-- waits for the chain's head, whatever its isolation level (the register and the ranking read in repeatable read,
-- where a head read in the writer's transaction would be stale). AuditChain seals them in order within seconds.
create table audit_pending (
    position bigint generated always as identity primary key,
    event_id uuid not null
);

create function audit_event_queue() returns trigger language plpgsql as $$
begin
    insert into audit_pending (event_id) values (new.id);
    return null;
end $$;
create trigger audit_event_queued after insert on audit_event
    for each row execute function audit_event_queue();

-- What is hashed of an event: every column, in this order, separated by U+001F, a missing value as empty text,
-- the instant in microseconds since the epoch (whatever the session's time zone), changes as jsonb writes them.
-- AuditChain.content writes the same bytes in Java; its check recomputes every link from the rows themselves.
create function audit_event_content(e audit_event) returns bytea language sql immutable as $$
    select convert_to(concat_ws(chr(31), e.id::text,
            (extract(epoch from e.occurred_at) * 1000000)::bigint::text,
            coalesce(e.actor_id::text, ''), e.actor_name, e.action, e.subject_type,
            coalesce(e.subject_id::text, ''), coalesce(e.program_id::text, ''), e.what,
            coalesce(e.changes::text, '')), 'UTF8')
$$;

-- Seals up to max_links waiting events (all when null), oldest first, and says how many. The advisory lock makes
-- one sealer at a time, in its own short read-committed transaction, so the head read after it is the last one
-- committed; the primary key on seq refuses a fork whatever happens.
create function audit_seal(max_links integer) returns integer language plpgsql as $$
declare
    head_seq  bigint;
    head_hash bytea;
    waiting   record;
    link      bytea;
    sealed    integer := 0;
begin
    perform pg_advisory_xact_lock(4317001);
    select c.seq, c.hash into head_seq, head_hash from audit_chain c order by c.seq desc limit 1;
    if head_seq is null then
        head_seq := 0;
        head_hash := decode(repeat('00', 32), 'hex');
    end if;
    for waiting in
        select p.position, e as event from audit_pending p join audit_event e on e.id = p.event_id
         order by p.position limit max_links
    loop
        head_seq := head_seq + 1;
        link := sha256(head_hash || convert_to(head_seq::text || chr(31), 'UTF8')
                || audit_event_content(waiting.event));
        insert into audit_chain (seq, event_id, previous_hash, hash)
        values (head_seq, (waiting.event).id, head_hash, link);
        delete from audit_pending where position = waiting.position;
        head_hash := link;
        sealed := sealed + 1;
    end loop;
    return sealed;
end $$;

-- Every check, its result and the head it saw: the next check finds a chain cut short at its end.
create table audit_check (
    id              uuid primary key,
    checked_at      timestamptz not null,
    checked_by      uuid,
    links           bigint not null,
    head_seq        bigint not null,
    head_hash       bytea,
    broken_seq      bigint,
    broken_event_id uuid,
    problem         varchar(60)
);
create index audit_check_checked_idx on audit_check (checked_at desc);

-- Append-only, enforced by the database: the application connects as the owner of these tables, so privileges
-- alone would not hold it back (docs/architecture.md says how production runs it as a role that owns nothing).
create function audit_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'The audit trail is append-only: % on % refused', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
end $$;
create trigger audit_event_immutable before update or delete on audit_event
    for each row execute function audit_refuse_change();
create trigger audit_event_not_truncated before truncate on audit_event
    for each statement execute function audit_refuse_change();
create trigger audit_chain_immutable before update or delete on audit_chain
    for each row execute function audit_refuse_change();
create trigger audit_chain_not_truncated before truncate on audit_chain
    for each statement execute function audit_refuse_change();
create trigger audit_check_immutable before update or delete on audit_check
    for each row execute function audit_refuse_change();
create trigger audit_check_not_truncated before truncate on audit_check
    for each statement execute function audit_refuse_change();
revoke update, delete, truncate on audit_event, audit_chain, audit_check from public;

-- The rows written before the chain, chained now in a fixed order (time, then id), so the chain starts complete.
insert into audit_pending (event_id) select id from audit_event order by occurred_at, id;
select audit_seal(null);

-- The viewer: newest first across the whole trail, and by program, kind or subject within a period.
create index audit_event_time_idx on audit_event (occurred_at desc, id desc);
create index audit_event_program_idx on audit_event (program_id, occurred_at desc);
create index audit_event_what_idx on audit_event (what, occurred_at desc);
create index audit_event_action_idx on audit_event (action, occurred_at desc);
