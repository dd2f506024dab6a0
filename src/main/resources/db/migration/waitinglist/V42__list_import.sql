-- Issue 16: a program brings in the waiting list it kept before Circuito (its F-SGC-030 in Excel).

-- One confirmed import: which file (name and checksum, also in the audit), with which column mapping, and how far
-- it got. The rows are read again from the upload (shared table_upload) by the worker; entries created by the
-- import name it (waiting_list_entry.import_id), so the record says where each came from.
create table list_import
(
    id              uuid primary key,
    program_id      uuid         not null,
    upload_id       uuid         not null,
    file_name       varchar(255) not null,
    checksum        char(64)     not null,
    header_row      integer      not null check (header_row > 0),
    mapping         text         not null,
    -- What the user chose for the whole sheet: antecedentes suficientes when a row does not say, and the network's
    -- referrer for each name the network did not know ("name=uuid" lines).
    background_default boolean,
    referrer_choices text        not null default '',
    status          varchar(20)  not null check (status in ('CHECKING', 'SAVING', 'DONE', 'FAILED')),
    total_rows      integer      not null check (total_rows >= 0),
    checked_rows    integer      not null default 0 check (checked_rows >= 0),
    created_count   integer,
    already_count   integer,
    skipped_count   integer,
    refused_count   integer,
    failure         text,
    started_by      uuid         not null,
    started_by_name varchar(200) not null,
    started_at      timestamptz  not null,
    -- Moved on by each checked part: an import not touched for a while was interrupted (a node stopped).
    touched_at      timestamptz  not null,
    finished_at     timestamptz,
    constraint list_import_finished check ((status in ('DONE', 'FAILED')) = (finished_at is not null))
);
-- One import at a time per program: two confirmations at once (a double click, two directors) cannot both run.
create unique index list_import_running_uq on list_import (program_id) where status in ('CHECKING', 'SAVING');
create index list_import_program_idx on list_import (program_id, started_at desc);

-- The mapping a program confirmed last, by the folded column name, and its sheet-wide choices (antecedentes
-- suficientes when a row does not say; the referrer for each name the network does not know): its next upload of
-- the same sheet needs none of them again.
create table list_import_mapping
(
    program_id         uuid primary key,
    columns            text        not null,
    background_default boolean,
    referrer_choices   text        not null default '',
    updated_at timestamptz not null,
    updated_by uuid        not null
);

alter table waiting_list_entry add column import_id uuid references list_import (id);
